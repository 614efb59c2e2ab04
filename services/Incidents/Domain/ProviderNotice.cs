using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Incidents.Domain;

public enum NoticeKind
{
    LexSarahReported = 1,
    IvoNotified,
}

/// <summary>What a nämnd (the owning tenant) was told about a contracted provider's incident; no personal data.</summary>
public sealed class ProviderNotice : ITenantOwned
{
    public string TenantId { get; set; } = "";

    public string EventId { get; set; } = "";

    public string ProviderTenantId { get; set; } = "";

    public string IncidentId { get; set; } = "";

    public NoticeKind Kind { get; set; }

    public Track Track { get; set; }

    public DateTimeOffset At { get; set; }
}
