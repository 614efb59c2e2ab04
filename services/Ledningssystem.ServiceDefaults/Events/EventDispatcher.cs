using System.Diagnostics;
using Google.Protobuf;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>The answer to a delivered (or replayed) event, and why when it is not SUCCESS.</summary>
internal readonly record struct Handling(AppStatus Status, string? Reason = null);

/// <summary>Applies a received CloudEvent once and answers in Dapr's terms; keeps every event it drops as a dead letter.</summary>
internal interface IEventDispatcher
{
    /// <summary>
    /// Handles <paramref name="body"/> as delivered on <paramref name="topic"/> (<paramref name="subscription"/> null: the
    /// service does not subscribe to it). <paramref name="replaying"/> names the dead letter being replayed: applied, it
    /// is removed in the handler's transaction; dropped again, it keeps its row with the new reason.
    /// </summary>
    Task<Handling> DispatchAsync(string body, EventSubscription? subscription, string topic, long? replaying, CancellationToken cancellationToken);
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
    public async Task<Handling> DispatchAsync(string body, EventSubscription? subscription, string topic, long? replaying, CancellationToken cancellationToken)
    {
        if (!CloudEventJson.TryRead(body, out var cloudEvent, out var problem))
        {
            LogUnreadable(logger, topic, problem);
            return await DropAsync(new DeadLetter { Topic = topic, Body = body }, problem, replaying, topic, cancellationToken);
        }
        using var activity = EventsTelemetry.ActivitySource.StartActivity(
            $"process {topic}", ActivityKind.Consumer, EventsTelemetry.ParentFrom(cloudEvent.TraceParent));
        EventsTelemetry.Describe(activity, "process", topic, cloudEvent.Id);
        var handling = await ApplyAsync(cloudEvent, subscription, topic, replaying, cancellationToken);
        if (handling.Status == AppStatus.Drop)
        {
            var deadLetter = new DeadLetter
            {
                EventId = cloudEvent.Id.Length <= DeadLetterStore.MaxEventIdLength ? cloudEvent.Id : null,
                Topic = topic,
                Type = cloudEvent.Type,
                Source = cloudEvent.Source,
                TenantId = cloudEvent.TenantId,
                Body = body,
            };
            LogDropped(logger, cloudEvent.Id, cloudEvent.Source, handling.Reason!);
            handling = await DropAsync(deadLetter, handling.Reason!, replaying, topic, cancellationToken);
        }
        else
        {
            telemetry.CountHandled(topic, AppStatusJson.Name(handling.Status));
        }
        activity?.SetTag("ledningssystem.events.status", AppStatusJson.Name(handling.Status));
        if (handling.Status != AppStatus.Success)
        {
            activity?.SetStatus(ActivityStatusCode.Error, AppStatusJson.Name(handling.Status));
        }
        return handling;
    }

    private async Task<Handling> ApplyAsync(CloudEvent cloudEvent, EventSubscription? subscription, string topic, long? replaying, CancellationToken cancellationToken)
    {
        if (subscription is null)
        {
            return new(AppStatus.Drop, $"this service no longer subscribes to {topic}");
        }
        if (cloudEvent.Type != subscription.EventType)
        {
            return new(AppStatus.Drop, $"type {cloudEvent.Type} is not {subscription.EventType}");
        }
        IMessage @event;
        try
        {
            @event = subscription.Parse(cloudEvent.Data);
        }
        catch (Exception exception) when (exception is InvalidProtocolBufferException or InvalidJsonException)
        {
            return new(AppStatus.Drop, exception.Message);
        }
        using var tenantScope = cloudEvent.TenantId is { Length: > 0 } tenantId ? TenantContext.Use(tenantId) : null;
        try
        {
            return await ApplyInTransactionAsync(cloudEvent, subscription, topic, @event, replaying, cancellationToken);
        }
        // A domain rule that refuses the event's effect refuses it on every retry too: to the dead letters with it.
        catch (Exception exception) when (exception is PoisonEventException or DomainRuleException)
        {
            return new(AppStatus.Drop, exception.Message);
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
            return new(AppStatus.Retry, exception.Message);
        }
    }

    private async Task<Handling> ApplyInTransactionAsync(
        CloudEvent cloudEvent, EventSubscription subscription, string topic, IMessage @event, long? replaying, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<InboxMessage>().AnyAsync(m => m.EventId == cloudEvent.Id, cancellationToken))
        {
            telemetry.DuplicatesSuppressed.Add(1, new KeyValuePair<string, object?>("messaging.destination.name", topic));
            LogDuplicate(logger, cloudEvent.Id, cloudEvent.Type);
            if (replaying is { } applied)
            {
                await DeadLetterStore.RemoveAsync(db, applied, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            return new(AppStatus.Success);
        }
        var context = new EventContext(cloudEvent.Id, cloudEvent.Source, cloudEvent.Subject, cloudEvent.TenantId, cloudEvent.Time);
        await subscription.HandleAsync(services, @event, context, cancellationToken);
        db.Add(new InboxMessage { EventId = cloudEvent.Id, Type = cloudEvent.Type, Source = cloudEvent.Source, ProcessedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        if (replaying is { } replayed)
        {
            await DeadLetterStore.RemoveAsync(db, replayed, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new(AppStatus.Success);
    }

    /// <summary>
    /// Keeps the dropped event as a dead letter and answers DROP; when the dead letter cannot be written (a full disk),
    /// answers RETRY instead, so that the event comes again rather than vanishing.
    /// </summary>
    private async Task<Handling> DropAsync(DeadLetter dropped, string reason, long? replaying, string topic, CancellationToken cancellationToken)
    {
        // The handler's rolled-back changes must not ride along with the dead letter.
        db.ChangeTracker.Clear();
        try
        {
            await DeadLetterStore.RecordAsync(db, dropped, reason, replaying, clock.GetUtcNow(), cancellationToken);
            telemetry.SetDeadLetters(await db.Set<DeadLetter>().LongCountAsync(cancellationToken));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogDeadLetterFailed(logger, topic, exception.Message);
            telemetry.CountHandled(topic, AppStatusJson.Name(AppStatus.Retry));
            return new(AppStatus.Retry, exception.Message);
        }
        telemetry.CountHandled(topic, AppStatusJson.Name(AppStatus.Drop));
        return new(AppStatus.Drop, reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping event {EventId} from {Source} to the dead letters: {Reason}")]
    private static partial void LogDropped(ILogger logger, string eventId, string source, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping an unreadable event on topic {Topic} to the dead letters: {Problem}")]
    private static partial void LogUnreadable(ILogger logger, string topic, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "A dropped event on topic {Topic} could not be kept as a dead letter; it will come again: {Reason}")]
    private static partial void LogDeadLetterFailed(ILogger logger, string topic, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {EventId} ({Type}) was already applied; answering SUCCESS")]
    private static partial void LogDuplicate(ILogger logger, string eventId, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} ({Type}) met a transient failure and will come again: {Reason}")]
    private static partial void LogTransientFailure(ILogger logger, string eventId, string type, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler of event {EventId} ({Type}) failed; the event will come again")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string eventId, string type);
}
