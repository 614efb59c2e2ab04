using System.Diagnostics;
using Google.Protobuf;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Applies a received CloudEvent once and answers in Dapr's terms.</summary>
internal interface IEventDispatcher
{
    Task<AppStatus> DispatchAsync(CloudEvent cloudEvent, EventSubscription subscription, string topic, CancellationToken cancellationToken);
}

/// <summary>
/// Runs the handler for the event's tenant in a transaction with the service's DbContext, and writes the inbox row
/// in that transaction: an event whose id is in the inbox is answered SUCCESS without running the handler again.
/// </summary>
internal sealed partial class EventDispatcher<TContext>(
    TContext db,
    IServiceProvider services,
    EventsTelemetry telemetry,
    TimeProvider clock,
    ILogger<EventDispatcher<TContext>> logger) : IEventDispatcher
    where TContext : PlatformDbContext
{
    // SQLite has one writer at a time, and Microsoft.Data.Sqlite waits out a busy database by sleeping; queueing
    // this process's handlers in front of it keeps concurrent deliveries from sleeping on each other.
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    public async Task<AppStatus> DispatchAsync(CloudEvent cloudEvent, EventSubscription subscription, string topic, CancellationToken cancellationToken)
    {
        using var activity = EventsTelemetry.ActivitySource.StartActivity(
            $"process {topic}", ActivityKind.Consumer, EventsTelemetry.ParentFrom(cloudEvent.TraceParent));
        EventsTelemetry.Describe(activity, "process", topic, cloudEvent.Id);
        var status = await ApplyAsync(cloudEvent, subscription, topic, cancellationToken);
        activity?.SetTag("ledningssystem.events.status", AppStatusJson.Name(status));
        if (status != AppStatus.Success)
        {
            activity?.SetStatus(ActivityStatusCode.Error, AppStatusJson.Name(status));
        }
        telemetry.CountHandled(topic, AppStatusJson.Name(status));
        return status;
    }

    private async Task<AppStatus> ApplyAsync(CloudEvent cloudEvent, EventSubscription subscription, string topic, CancellationToken cancellationToken)
    {
        if (cloudEvent.Type != subscription.EventType)
        {
            LogDropped(logger, cloudEvent.Id, cloudEvent.Source, $"type {cloudEvent.Type} is not {subscription.EventType}");
            return AppStatus.Drop;
        }
        IMessage @event;
        try
        {
            @event = subscription.Parse(cloudEvent.Data);
        }
        catch (Exception exception) when (exception is InvalidProtocolBufferException or InvalidJsonException)
        {
            LogDropped(logger, cloudEvent.Id, cloudEvent.Source, exception.Message);
            return AppStatus.Drop;
        }
        using var tenantScope = cloudEvent.TenantId is { Length: > 0 } tenantId ? TenantContext.Use(tenantId) : null;
        try
        {
            return await ApplyOnceAsync(cloudEvent, subscription, topic, @event, cancellationToken);
        }
        // A domain rule that refuses the event's effect refuses it on every retry too: to the dead letters with it.
        catch (Exception exception) when (exception is PoisonEventException or DomainRuleException)
        {
            LogDropped(logger, cloudEvent.Id, cloudEvent.Source, exception.Message);
            return AppStatus.Drop;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (TransientFailures.IsTransient(exception))
            {
                LogTransientFailure(logger, cloudEvent.Id, cloudEvent.Type, exception.Message);
            }
            else
            {
                LogHandlerFailed(logger, exception, cloudEvent.Id, cloudEvent.Type);
            }
            return AppStatus.Retry;
        }
    }

    private async Task<AppStatus> ApplyOnceAsync(CloudEvent cloudEvent, EventSubscription subscription, string topic, IMessage @event, CancellationToken cancellationToken)
    {
        var writer = db.Database.IsSqlite() ? SqliteWriter : null;
        if (writer is null)
        {
            return await ApplyInTransactionAsync(cloudEvent, subscription, topic, @event, cancellationToken);
        }
        await writer.WaitAsync(cancellationToken);
        try
        {
            return await ApplyInTransactionAsync(cloudEvent, subscription, topic, @event, cancellationToken);
        }
        finally
        {
            writer.Release();
        }
    }

    private async Task<AppStatus> ApplyInTransactionAsync(CloudEvent cloudEvent, EventSubscription subscription, string topic, IMessage @event, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<InboxMessage>().AnyAsync(m => m.EventId == cloudEvent.Id, cancellationToken))
        {
            telemetry.DuplicatesSuppressed.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", topic));
            LogDuplicate(logger, cloudEvent.Id, cloudEvent.Type);
            return AppStatus.Success;
        }
        var context = new EventContext(cloudEvent.Id, cloudEvent.Source, cloudEvent.Subject, cloudEvent.TenantId, cloudEvent.Time);
        await subscription.HandleAsync(services, @event, context, cancellationToken);
        db.Add(new InboxMessage { EventId = cloudEvent.Id, Type = cloudEvent.Type, Source = cloudEvent.Source, ProcessedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AppStatus.Success;
    }


    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping event {EventId} from {Source}: {Reason}")]
    private static partial void LogDropped(ILogger logger, string eventId, string source, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} ({Type}) was already applied; answering SUCCESS")]
    private static partial void LogDuplicate(ILogger logger, string eventId, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} ({Type}) met a transient failure and will come again: {Reason}")]
    private static partial void LogTransientFailure(ILogger logger, string eventId, string type, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler of event {EventId} ({Type}) failed; the event will come again")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string eventId, string type);
}
