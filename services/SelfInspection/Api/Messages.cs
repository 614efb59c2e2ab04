using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.ServiceDefaults.Api;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.SelfInspection.Api;

/// <summary>What the API answers: plans, occurrences, templates, executions and findings, and what requests carry in.</summary>
public static class Messages
{
    private static Common.ActorStamp Stamp(string userId, string name, DateTimeOffset at) =>
        new() { UserId = userId, DisplayName = name, At = at.ToProto() };

    public static Activity ToProto(this Domain.Activity activity) => new()
    {
        ActivityId = activity.Id,
        Name = activity.Name,
        Method = activity.Method.ToProto(),
        ResponsibleRole = activity.ResponsibleRole,
        ResponsibleUserId = activity.ResponsibleUserId ?? "",
        Frequency = activity.Frequency.ToProto(),
        Months = { activity.Months },
        StartMonth = activity.StartMonth,
        DocumentId = activity.DocumentId ?? "",
        RiskId = activity.RiskId ?? "",
        ChecklistTemplateId = activity.ChecklistTemplateId ?? "",
        HealthCare = activity.HealthCare,
        DocumentArchived = activity.DocumentArchived,
    };

    public static Domain.ActivitySpec ToDomain(this Activity activity) => new(
        activity.Name,
        activity.Method.ToDomain(),
        activity.ResponsibleRole,
        activity.ResponsibleUserId,
        activity.Frequency.ToDomain(),
        activity.Months,
        activity.StartMonth,
        activity.DocumentId,
        activity.RiskId,
        activity.ChecklistTemplateId,
        activity.HealthCare);

    public static Plan ToProto(this Domain.InspectionPlan plan) => new()
    {
        PlanId = plan.Id,
        TenantId = plan.TenantId,
        UnitId = plan.UnitId,
        Year = plan.Year,
        Name = plan.Name,
        State = plan.State.ToProto(),
        PlanVersion = plan.PlanVersion,
        PreviousPlanId = plan.PreviousPlanId ?? "",
        Activities = { plan.Activities.Select(a => a.ToProto()) },
        History =
        {
            plan.History.Select(h => new HistoryEntry
            {
                Step = h.Step,
                FromState = h.FromState?.ToProto() ?? PlanState.Unspecified,
                ToState = h.ToState.ToProto(),
                Actor = Stamp(h.UserId, h.UserName, h.At),
                Note = h.Note,
            }),
        },
    };

    public static PlanSummary ToSummary(this Domain.InspectionPlan plan) => new()
    {
        PlanId = plan.Id,
        UnitId = plan.UnitId,
        Year = plan.Year,
        Name = plan.Name,
        State = plan.State.ToProto(),
        PlanVersion = plan.PlanVersion,
    };

    public static Occurrence ToProto(this Domain.Occurrence occurrence, DateTimeOffset now) => new()
    {
        OccurrenceId = occurrence.Id,
        PlanId = occurrence.PlanId,
        ActivityId = occurrence.ActivityId,
        ActivityName = occurrence.ActivityName,
        UnitId = occurrence.UnitId,
        Year = occurrence.Year,
        Month = occurrence.Month,
        DueOn = occurrence.DueOn.ToIso(),
        State = occurrence.StateAt(now).ToProto(),
        CancelReason = occurrence.CancelReason ?? "",
        ExecutionId = occurrence.ExecutionId ?? "",
        Score = occurrence.Score ?? 0,
    };

    public static Question ToProto(this Domain.Question question) => new()
    {
        QuestionId = question.QuestionId,
        Text = question.Text,
        AnswerType = question.AnswerType.ToProto(),
        Required = question.Required,
        Weight = question.Weight,
        Choices = { question.Choices },
    };

    public static Domain.Question ToDomain(this Question question) =>
        new(question.QuestionId, question.Text.Trim(), question.AnswerType.ToDomain(), question.Required, question.Weight, [.. question.Choices]);

    public static ChecklistTemplate ToProto(this Domain.ChecklistTemplate template) => new()
    {
        TemplateId = template.Id,
        SeriesId = template.SeriesId,
        TemplateVersion = template.TemplateVersion,
        Name = template.Name,
        State = template.State.ToProto(),
        Questions = { template.Questions.Select(q => q.ToProto()) },
        TenantId = template.TenantId,
        SharedWithTenantIds = { template.SharedWithTenantIds },
        SharedWithAllTenants = template.SharedWithAllTenants,
        UpstreamTenantId = template.UpstreamTenantId ?? "",
        UpstreamTemplateId = template.UpstreamTemplateId ?? "",
        Activity = template.Activity is { } activity
            ? new ActivityTemplate
            {
                Method = activity.Method.ToProto(), ResponsibleRole = activity.ResponsibleRole, Frequency = activity.Frequency.ToProto(), Months = { activity.Months },
                HealthCare = activity.HealthCare,
            }
            : null,
    };

    public static Domain.ActivityTemplate? ToDomain(this ActivityTemplate? activity) => activity is null
        ? null
        : new(activity.Method.ToDomain(), activity.ResponsibleRole.Trim(), activity.Frequency.ToDomain(), [.. activity.Months.Order()], activity.HealthCare);

    public static Domain.Answer ToDomain(this Answer answer) => new(answer.QuestionId, answer.YesNo.ToDomain(), answer.Value, answer.Comment);

    public static Execution ToProto(this Domain.Execution execution, IEnumerable<string> findingIds) => new()
    {
        ExecutionId = execution.Id,
        OccurrenceId = execution.OccurrenceId,
        UnitId = execution.UnitId,
        TemplateId = execution.TemplateId ?? "",
        PerformedOn = execution.PerformedOn.ToIso(),
        Performed = Stamp(execution.PerformedBy, execution.PerformedByName, execution.PerformedAt),
        Answers = { execution.Answers.Select(a => new Answer { QuestionId = a.QuestionId, YesNo = a.YesNo.ToProto(), Value = a.Value, Comment = a.Comment }) },
        Score = execution.Score,
        FindingIds = { findingIds },
    };

    public static Finding ToProto(this Domain.Finding finding, DateTimeOffset now) => new()
    {
        FindingId = finding.Id,
        ExecutionId = finding.ExecutionId,
        UnitId = finding.UnitId,
        QuestionId = finding.QuestionId ?? "",
        Description = finding.Description,
        Severity = finding.Severity.ToProto(),
        State = finding.State.ToProto(),
        Action = finding.ActionDescription is { } description
            ? new InspectionAction
            {
                Description = description,
                ResponsibleUserId = finding.ActionResponsibleUserId ?? "",
                ResponsibleName = finding.ActionResponsibleName ?? "",
                DueOn = finding.ActionDueOn.ToIso(),
                Overdue = finding.IsOverdue(now),
                FollowUpNote = finding.FollowUpNote ?? "",
            }
            : null,
        AcceptedReason = finding.AcceptedReason ?? "",
        IncidentId = finding.IncidentId ?? "",
        History =
        {
            finding.History.Select(h => new FindingHistoryEntry
            {
                Step = h.Step,
                FromState = h.FromState?.ToProto() ?? FindingState.Unspecified,
                ToState = h.ToState.ToProto(),
                Actor = Stamp(h.UserId, h.UserName, h.At),
                Note = h.Note,
            }),
        },
    };

    public static FindingSummary ToSummary(this Domain.Finding finding, DateTimeOffset now) => new()
    {
        FindingId = finding.Id,
        ExecutionId = finding.ExecutionId,
        UnitId = finding.UnitId,
        Severity = finding.Severity.ToProto(),
        State = finding.State.ToProto(),
        ActionDueOn = finding.ActionDueOn.ToIso(),
        Overdue = finding.IsOverdue(now),
        IncidentId = finding.IncidentId ?? "",
    };
}
