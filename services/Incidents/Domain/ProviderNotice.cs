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
    private ProviderNotice()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    /// <summary>The event that brought the notice; a redelivered event is kept once.</summary>
    public string EventId { get; private set; } = "";

    public string ProviderTenantId { get; private set; } = "";

    public string IncidentId { get; private set; } = "";

    public NoticeKind Kind { get; private set; }

    public Track Track { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static ProviderNotice Received(
        string tenantId, string eventId, string providerTenantId, string incidentId, NoticeKind kind, Track track, DateTimeOffset at) => new()
    {
        TenantId = tenantId,
        EventId = eventId,
        ProviderTenantId = providerTenantId,
        IncidentId = incidentId,
        Kind = kind,
        Track = track,
        At = at,
    };
}
