namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// An event this service dropped (answered DROP) and keeps for the operator: what came, on which topic, and why it
/// could not be applied, until it is replayed after the cause is fixed or its retention ends.
/// </summary>
public sealed class DeadLetter
{
    public long Id { get; set; }

    /// <summary>The CloudEvent id; null when the body was too broken to name one.</summary>
    public string? EventId { get; set; }

    /// <summary>The topic (subscription route) it arrived on.</summary>
    public string Topic { get; set; } = "";

    /// <summary>The CloudEvent type, or empty when the body was unreadable.</summary>
    public string Type { get; set; } = "";

    public string Source { get; set; } = "";

    public string? TenantId { get; set; }

    /// <summary>The body exactly as delivered (the structured CloudEvent), replayed as it is.</summary>
    public string Body { get; set; } = "";

    /// <summary>Why the latest delivery or replay was dropped.</summary>
    public string Reason { get; set; } = "";

    /// <summary>How many deliveries and replays of it were dropped.</summary>
    public int Drops { get; set; }

    public DateTimeOffset FirstDroppedAt { get; set; }

    public DateTimeOffset LastDroppedAt { get; set; }
}
