namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// An event this service has applied, written in the same transaction as the handler's effect, so that a
/// redelivered event is recognised and answered without applying it twice.
/// </summary>
public sealed class InboxMessage
{
    /// <summary>The CloudEvent id.</summary>
    public string EventId { get; set; } = "";

    public string Type { get; set; } = "";

    public string Source { get; set; } = "";

    public DateTimeOffset ProcessedAt { get; set; }
}
