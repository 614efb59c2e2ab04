namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// An event in the outbox: written by the same SaveChanges (and so the same transaction) as the state change
/// it reports, then delivered by the relay. Rows stay after delivery for <see cref="EventsOptions.RetainDelivered"/>.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Assigned by the database on insert; the relay delivers in this order.</summary>
    public long Sequence { get; set; }

    /// <summary>The CloudEvent id; subscribers deduplicate by it.</summary>
    public Guid EventId { get; set; }

    public string Topic { get; set; } = "";

    /// <summary>The protobuf full name of the event, e.g. "ledningssystem.events.v1.IncidentReported".</summary>
    public string Type { get; set; } = "";

    /// <summary>The entity the event is about (the CloudEvent subject); events of one aggregate are delivered in order.</summary>
    public string AggregateId { get; set; } = "";

    /// <summary>The tenant the event belongs to, or null for an event of no tenant.</summary>
    public string? TenantId { get; set; }

    /// <summary>The event as protobuf JSON.</summary>
    public string Payload { get; set; } = "";

    /// <summary>W3C traceparent of the publishing span, so the delivery and the handling join its trace.</summary>
    public string? TraceParent { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Delivery attempts so far, the successful one included.</summary>
    public int Attempts { get; set; }

    /// <summary>When the relay may try again; a waiting event holds back the later events of its aggregate.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>When the sidecar (or every subscriber, in Direct mode) took the event; null while it is pending.</summary>
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Why the latest failed attempt failed (kept after a later success), or which subscriber dropped the event.</summary>
    public string? LastError { get; set; }
}
