using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.Domain;

/// <summary>
/// An event the read model received, kept as it came so that the read model can be rebuilt from scratch (ADR
/// "The read model keeps its own event store"). Only events whose contracts carry no personal data and no free text
/// are kept.
/// </summary>
public sealed class ReceivedEvent : ITenantOwned
{
    private ReceivedEvent()
    {
    }

    public ReceivedEvent(string eventId, string type, string payload, DateTimeOffset receivedAt)
    {
        EventId = eventId;
        Type = type;
        Payload = payload;
        ReceivedAt = receivedAt;
    }

    public string TenantId { get; set; } = "";

    /// <summary>The CloudEvent id.</summary>
    public string EventId { get; private set; } = "";

    /// <summary>The protobuf full name.</summary>
    public string Type { get; private set; } = "";

    /// <summary>The event as protobuf JSON.</summary>
    public string Payload { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }
}
