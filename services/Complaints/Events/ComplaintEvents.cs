using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Complaints.Events;

/// <summary>The events the service publishes about a complaint, built from the complaint as the step left it; none carries free text or personal data.</summary>
public static class ComplaintEvents
{
    public static ComplaintReceived Received(Domain.Complaint complaint) => new()
    {
        TenantId = complaint.TenantId,
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        Kind = complaint.Kind.ToProto(),
        Channel = complaint.Channel.ToProto(),
        ComplainantRole = complaint.ComplainantRole.ToProto(),
        CategoryIds = { complaint.CategoryIds },
        HealthCare = complaint.HealthCare,
        ReceivedOn = complaint.ReceivedOn.ToIso(),
        RegisteredAt = complaint.RegisteredAt.ToProto(),
    };

    public static ComplaintClassified Classified(Domain.Complaint complaint, DateTimeOffset now) => new()
    {
        TenantId = complaint.TenantId,
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        CategoryIds = { complaint.CategoryIds },
        HealthCare = complaint.HealthCare,
        ClassifiedAt = now.ToProto(),
    };

    public static ComplaintAcknowledged Acknowledged(Domain.Complaint complaint, DateTimeOffset now) => new()
    {
        TenantId = complaint.TenantId,
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        AcknowledgedOn = complaint.AcknowledgedOn.ToIso(),
        AcknowledgedAt = now.ToProto(),
    };

    public static ComplaintAnswered Answered(Domain.Complaint complaint, DateTimeOffset now) => new()
    {
        TenantId = complaint.TenantId,
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        AnsweredAt = now.ToProto(),
    };

    public static ComplaintClosed Closed(Domain.Complaint complaint, DateTimeOffset now) => new()
    {
        TenantId = complaint.TenantId,
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        ClosedAt = now.ToProto(),
    };

    public static ComplaintReopened Reopened(Domain.Complaint complaint, DateTimeOffset now) => new()
    {
        TenantId = complaint.TenantId,
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        ReopenedAt = now.ToProto(),
    };

    public static ComplaintForwarded Forwarded(Domain.Complaint complaint, DateTimeOffset now) => new()
    {
        TenantId = complaint.TenantId,
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        ToTenantId = complaint.ForwardedToTenantId ?? "",
        ToUnitId = complaint.ForwardedToUnitId ?? "",
        ForwardedAt = now.ToProto(),
    };

    public static ComplaintLinkedToIncident LinkedToIncident(Domain.Complaint complaint, DateTimeOffset now) => new()
    {
        TenantId = complaint.TenantId,
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        IncidentId = complaint.LinkedIncidentId ?? "",
        LinkedAt = now.ToProto(),
    };

    public static ComplaintDeadlinePassed DeadlinePassed(Domain.Complaint complaint, Domain.DeadlineStage stage, DateTimeOffset dueAt) => new()
    {
        TenantId = complaint.TenantId,
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        Stage = stage.ToProto(),
        DueAt = dueAt.ToProto(),
    };
}
