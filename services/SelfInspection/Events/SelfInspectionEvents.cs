using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.SelfInspection.Events;

/// <summary>The events the service publishes, built from the entity as the step left it; none carries personal data.</summary>
public static class SelfInspectionEvents
{
    public static InspectionPlanApproved PlanApproved(Domain.InspectionPlan plan, DateTimeOffset now) => new()
    {
        TenantId = plan.TenantId,
        PlanId = plan.Id,
        UnitId = plan.UnitId,
        Year = plan.Year,
        PlanVersion = plan.PlanVersion,
        SupersededPlanId = plan.PreviousPlanId ?? "",
        ApprovedAt = now.ToProto(),
    };

    public static InspectionScheduled Scheduled(Domain.Occurrence occurrence) => new()
    {
        TenantId = occurrence.TenantId,
        OccurrenceId = occurrence.Id,
        PlanId = occurrence.PlanId,
        ActivityId = occurrence.ActivityId,
        UnitId = occurrence.UnitId,
        Year = occurrence.Year,
        Month = occurrence.Month,
        DueOn = occurrence.DueOn.ToIso(),
        RiskId = occurrence.RiskId ?? "",
        ActivityName = occurrence.ActivityName,
    };

    public static InspectionCancelled Cancelled(Domain.Occurrence occurrence, DateTimeOffset now) => new()
    {
        TenantId = occurrence.TenantId,
        OccurrenceId = occurrence.Id,
        ActivityId = occurrence.ActivityId,
        UnitId = occurrence.UnitId,
        Year = occurrence.Year,
        Month = occurrence.Month,
        Reason = occurrence.CancelReason ?? "",
        CancelledAt = now.ToProto(),
    };

    public static InspectionCompleted Completed(Domain.Execution execution, Domain.Occurrence occurrence, int findings) => new()
    {
        TenantId = execution.TenantId,
        ExecutionId = execution.Id,
        OccurrenceId = occurrence.Id,
        UnitId = execution.UnitId,
        TemplateId = execution.TemplateId ?? "",
        Score = execution.Score,
        Findings = findings,
        RiskId = occurrence.RiskId ?? "",
        CompletedAt = execution.PerformedAt.ToProto(),
    };

    public static FindingRaised Raised(Domain.Finding finding) => new()
    {
        TenantId = finding.TenantId,
        FindingId = finding.Id,
        ExecutionId = finding.ExecutionId,
        UnitId = finding.UnitId,
        Severity = finding.Severity.ToProto(),
        RaisedAt = finding.RaisedAt.ToProto(),
    };

    public static InspectionActionDecided ActionDecided(Domain.Finding finding, DateTimeOffset now) => new()
    {
        TenantId = finding.TenantId,
        FindingId = finding.Id,
        UnitId = finding.UnitId,
        DueOn = finding.ActionDueOn.ToIso(),
        Accepted = finding.State == Domain.FindingState.Accepted,
        DecidedAt = now.ToProto(),
        IncidentId = finding.IncidentId ?? "",
        ResponsibleUserId = finding.ActionResponsibleUserId ?? "",
    };

    public static InspectionActionCompleted ActionCompleted(Domain.Finding finding, DateTimeOffset now) => new()
    {
        TenantId = finding.TenantId,
        FindingId = finding.Id,
        UnitId = finding.UnitId,
        CompletedAt = now.ToProto(),
    };

    public static InspectionOverdue Overdue(Domain.Occurrence occurrence) => new()
    {
        TenantId = occurrence.TenantId,
        Kind = OverdueKind.Occurrence,
        SubjectId = occurrence.Id,
        UnitId = occurrence.UnitId,
        DueOn = occurrence.DueOn.ToIso(),
    };

    public static InspectionOverdue Overdue(Domain.Finding finding) => new()
    {
        TenantId = finding.TenantId,
        Kind = OverdueKind.Action,
        SubjectId = finding.Id,
        UnitId = finding.UnitId,
        DueOn = finding.ActionDueOn.ToIso(),
    };
}
