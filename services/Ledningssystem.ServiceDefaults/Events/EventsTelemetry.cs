using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// Spans and metrics of events. One trace follows an event: the call that published it, the publish span, the
/// relay's send span and the subscriber's process span, carried by the CloudEvent's traceparent.
/// </summary>
public sealed class EventsTelemetry : IDisposable
{
    public const string Name = "Ledningssystem.Events";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter meter;
    private readonly TimeProvider clock;
    private long oldestPendingMilliseconds = -1;
    private int relayLeading;
    private long deadLetters = -1;

    public EventsTelemetry(IMeterFactory meterFactory, TimeProvider clock)
    {
        this.clock = clock;
        meter = meterFactory.Create(Name);
        Delivered = meter.CreateCounter<long>("events.relay.delivered", unit: "{event}",
            description: "Outbox events taken by the sidecar (or by every subscriber in Direct mode), by topic.");
        FailedAttempts = meter.CreateCounter<long>("events.relay.failed_attempts", unit: "{attempt}",
            description: "Delivery attempts that failed and will be retried, by topic.");
        Handled = meter.CreateCounter<long>("events.handled", unit: "{event}",
            description: "Events received by this service's subscriptions, by topic and answer (SUCCESS, RETRY, DROP).");
        DuplicatesSuppressed = meter.CreateCounter<long>("events.inbox.duplicates_suppressed", unit: "{event}",
            description: "Redelivered events answered SUCCESS without running their handler again, by topic.");
        meter.CreateObservableGauge("events.outbox.lag", ObserveLag, unit: "s",
            description: "Age of the oldest undelivered outbox event; 0 when everything is delivered.");
        meter.CreateObservableGauge("events.relay.leader", () => Volatile.Read(ref relayLeading), unit: "{relay}",
            description: "1 while this process's outbox relay holds its database's lease and delivers, 0 while it stands by.");
        meter.CreateObservableGauge("events.dead_letters.waiting", ObserveDeadLetters, unit: "{event}",
            description: "Dropped events kept in this service's dead-letter table, waiting for replay or retention.");
    }

    public Counter<long> Delivered { get; }

    public Counter<long> FailedAttempts { get; }

    public Counter<long> Handled { get; }

    public Counter<long> DuplicatesSuppressed { get; }

    /// <summary>Counts an event received by a subscription, with the answer it got (SUCCESS, RETRY, DROP).</summary>
    public void CountHandled(string topic, string status) => Handled.Add(1,
        new KeyValuePair<string, object?>("messaging.destination.name", topic),
        new KeyValuePair<string, object?>("ledningssystem.events.status", status));

    /// <summary>Records when the oldest undelivered event occurred, as last seen by the relay (null: none pending).</summary>
    public void SetOldestPending(DateTimeOffset? occurredAt) =>
        Interlocked.Exchange(ref oldestPendingMilliseconds, occurredAt?.ToUnixTimeMilliseconds() ?? -1);

    /// <summary>Records whether this process's relay leads (delivers the outbox) or stands by.</summary>
    public void SetRelayLeading(bool leading) => Volatile.Write(ref relayLeading, leading ? 1 : 0);

    /// <summary>Records how many dead letters the service's table holds, as last counted.</summary>
    public void SetDeadLetters(long count) => Interlocked.Exchange(ref deadLetters, count);

    /// <summary>The W3C traceparent of a span, or null when there is none (no listener) or it is not W3C.</summary>
    public static string? TraceParentOf(Activity? activity) =>
        activity is { IdFormat: ActivityIdFormat.W3C } ? activity.Id : null;

    /// <summary>The span context a traceparent names, or default (a new trace) when it is missing or malformed.</summary>
    public static ActivityContext ParentFrom(string? traceParent) =>
        ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent) ? parent : default;

    /// <summary>The OpenTelemetry messaging attributes of an event span.</summary>
    public static void Describe(Activity? activity, string operation, string topic, string eventId)
    {
        activity?.SetTag("messaging.system", "dapr");
        activity?.SetTag("messaging.operation.type", operation);
        activity?.SetTag("messaging.destination.name", topic);
        activity?.SetTag("messaging.message.id", eventId);
    }

    private double ObserveLag()
    {
        var oldest = Interlocked.Read(ref oldestPendingMilliseconds);
        return oldest < 0 ? 0 : Math.Max(0, (clock.GetUtcNow().ToUnixTimeMilliseconds() - oldest) / 1000.0);
    }

    // Nothing until the first count (start-up's cleanup round), so that a gauge of 0 means none, not "not counted yet".
    private IEnumerable<Measurement<long>> ObserveDeadLetters()
    {
        var count = Interlocked.Read(ref deadLetters);
        return count < 0 ? [] : [new Measurement<long>(count)];
    }

    public void Dispose() => meter.Dispose();
}
