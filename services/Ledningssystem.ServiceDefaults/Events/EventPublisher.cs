using System.Diagnostics;
using Google.Protobuf;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Adds outbox rows to the scope's DbContext and wakes the relay once they are committed.</summary>
internal sealed class EventPublisher<TContext>(
    TContext db,
    ITenantContext tenant,
    TimeProvider clock,
    IOptions<EventsOptions> options,
    OutboxSignal signal) : IEventPublisher, IDisposable
    where TContext : PlatformDbContext
{
    private bool unsignalled;
    private bool watchingSaves;

    public Guid Publish(IMessage message, string aggregateId)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(aggregateId);
        var type = message.Descriptor.FullName;
        var topic = EventTopics.For(options.Value, type);
        var eventId = Guid.CreateVersion7();
        using var activity = EventsTelemetry.ActivitySource.StartActivity($"publish {topic}", ActivityKind.Producer);
        EventsTelemetry.Describe(activity, "create", topic, eventId.ToString());
        var now = clock.GetUtcNow();
        db.Add(new OutboxMessage
        {
            EventId = eventId,
            Topic = topic,
            Type = type,
            AggregateId = aggregateId,
            TenantId = tenant.TenantId,
            Payload = JsonFormatter.Default.Format(message),
            TraceParent = EventsTelemetry.TraceParentOf(activity ?? Activity.Current),
            OccurredAt = now,
            NextAttemptAt = now,
        });
        SignalAfterCommit();
        return eventId;
    }

    private void SignalAfterCommit()
    {
        unsignalled = true;
        if (!watchingSaves)
        {
            db.SavedChanges += OnSavedChanges;
            watchingSaves = true;
        }
    }

    private void OnSavedChanges(object? sender, SavedChangesEventArgs e)
    {
        // Inside an explicit transaction the rows are invisible to the relay until the commit; Dispose signals then.
        if (unsignalled && db.Database.CurrentTransaction is null)
        {
            unsignalled = false;
            signal.Notify();
        }
    }

    /// <summary>At the end of the scope every transaction has ended; a rolled-back one only costs the relay a look.</summary>
    public void Dispose()
    {
        if (watchingSaves)
        {
            db.SavedChanges -= OnSavedChanges;
        }
        if (unsignalled)
        {
            signal.Notify();
        }
    }
}
