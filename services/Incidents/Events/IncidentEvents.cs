using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Incidents.Events;

/// <summary>The events the service publishes about an incident, built from the incident as the step left it.</summary>
public static class IncidentEvents
{
    public static IncidentReported Reported(Domain.Incident incident) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        UnitId = incident.UnitId,
        ReportedAt = incident.ReportedAt.ToProto(),
        Anonymous = incident.Anonymous,
    };

    public static IncidentTriaged Triaged(Domain.Incident incident, DateTimeOffset now) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        UnitId = incident.UnitId,
        Kind = incident.Kind.ToProto(),
        Subtype = incident.Subtype.ToProto(),
        Severity = incident.Severity.ToProto(),
        TriagedAt = now.ToProto(),
    };

    public static IncidentEscalated Escalated(Domain.Incident incident, DateTimeOffset now) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        UnitId = incident.UnitId,
        Track = incident.Track.ToProto(),
        EscalatedAt = now.ToProto(),
    };

    public static InvestigationCompleted InvestigationCompleted(Domain.Incident incident, DateTimeOffset now) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        UnitId = incident.UnitId,
        RootCauses = { incident.RootCauses.Select(c => c.ToProto()) },
        CompletedAt = now.ToProto(),
    };

    public static ActionDecided ActionDecided(Domain.Incident incident, Domain.IncidentAction action) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        ActionId = action.Id,
        DueAt = action.DueAt.ToProto(),
        UnitId = incident.UnitId,
        ResponsibleUserId = action.ResponsibleUserId,
    };

    public static ActionCompleted ActionCompleted(Domain.Incident incident, string actionId, DateTimeOffset now) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        ActionId = actionId,
        CompletedAt = now.ToProto(),
    };

    public static IncidentClosed Closed(Domain.Incident incident, DateTimeOffset now) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        UnitId = incident.UnitId,
        Kind = incident.Kind.ToProto(),
        ClosedAt = now.ToProto(),
    };

    public static IncidentReopened Reopened(Domain.Incident incident, DateTimeOffset now) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        ReopenedAt = now.ToProto(),
    };

    public static IvoNotificationSent NotificationSent(Domain.Incident incident, DateTimeOffset now) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        Track = incident.Track.ToProto(),
        SentAt = now.ToProto(),
    };

    public static DeadlineNear DeadlineNear(Domain.Incident incident, Domain.DeadlineStage stage, DateTimeOffset dueAt) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        UnitId = incident.UnitId,
        Stage = stage.ToProto(),
        DueAt = dueAt.ToProto(),
    };

    public static DeadlinePassed DeadlinePassed(Domain.Incident incident, Domain.DeadlineStage stage, DateTimeOffset dueAt) => new()
    {
        TenantId = incident.TenantId,
        IncidentId = incident.Id,
        UnitId = incident.UnitId,
        Stage = stage.ToProto(),
        DueAt = dueAt.ToProto(),
    };

    /// <summary>The notice to one contracting nämnd: in the nämnd's tenant, and without personal data.</summary>
    public static ProviderIncidentAnnounced ProviderIncidentAnnounced(Domain.Incident incident, string committeeTenantId, Domain.NoticeKind kind, DateTimeOffset now) => new()
    {
        TenantId = committeeTenantId,
        ProviderTenantId = incident.TenantId,
        IncidentId = incident.Id,
        Kind = kind.ToProto(),
        Track = incident.Track.ToProto(),
        At = now.ToProto(),
    };
}
