using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.SelfInspection.Api;

/// <summary>The field rules the service's requests share: every string and list has a limit (<see cref="Domain.Limits"/>).</summary>
internal static class InspectionRules
{
    public static ValidationErrors Id(this ValidationErrors errors, string field, string value) =>
        errors.Required(field, value).MaxLength(field, value, Domain.Limits.IdLength);

    public static ValidationErrors Written(this ValidationErrors errors, string field, string value, int max) =>
        errors.Required(field, value.Trim()).MaxLength(field, value, max);

    /// <summary>A value of the contract's enum; UNSPECIFIED only where the field is a filter.</summary>
    public static ValidationErrors OneOf<TDomain>(this ValidationErrors errors, string field, int value, bool filter = false)
        where TDomain : struct, Enum
    {
        if (value == 0 ? !filter : !Enum.IsDefined(typeof(TDomain), value))
        {
            errors.Add(field, "Välj ett av de tillåtna värdena.");
        }
        return errors;
    }

    public static ValidationErrors Year(this ValidationErrors errors, int year, bool filter = false)
    {
        if (!(filter && year == 0) && year is < Domain.Limits.MinYear or > Domain.Limits.MaxYear)
        {
            errors.Add("year", $"Ange ett år mellan {Domain.Limits.MinYear} och {Domain.Limits.MaxYear}.");
        }
        return errors;
    }

    public static ValidationErrors Date(this ValidationErrors errors, string field, string value)
    {
        if (IsoDates.Parse(value) is null)
        {
            errors.Add(field, "Skriv datumet som ÅÅÅÅ-MM-DD.");
        }
        return errors;
    }

    public static ValidationErrors Activity(this ValidationErrors errors, Activity? activity)
    {
        if (activity is null)
        {
            return errors.Add("activity", "Ange aktiviteten.");
        }
        return errors.Written("activity.name", activity.Name, Domain.Limits.NameLength)
            .Planning("activity", activity.Method, activity.ResponsibleRole, activity.Frequency, activity.Months)
            .MaxLength("activity.responsible_user_id", activity.ResponsibleUserId, Domain.Limits.UserIdLength)
            .MaxLength("activity.document_id", activity.DocumentId, Domain.Limits.IdLength)
            .MaxLength("activity.risk_id", activity.RiskId, Domain.Limits.IdLength)
            .MaxLength("activity.checklist_template_id", activity.ChecklistTemplateId, Domain.Limits.IdLength)
            .StartMonth("activity.start_month", activity.StartMonth);
    }

    /// <summary>The activity a checklist template proposes, when it proposes one.</summary>
    public static ValidationErrors ActivityTemplate(this ValidationErrors errors, ActivityTemplate? activity) =>
        activity is null ? errors : errors.Planning("activity", activity.Method, activity.ResponsibleRole, activity.Frequency, activity.Months);

    public static ValidationErrors StartMonth(this ValidationErrors errors, string field, int startMonth) =>
        startMonth is < 0 or > 12 ? errors.Add(field, "Ange en månad 1–12 (0 för januari).") : errors;

    /// <summary>How an activity is planned: Vad (method), Vem (role) and Uppföljning (frequency, chosen months).</summary>
    private static ValidationErrors Planning(
        this ValidationErrors errors, string prefix, InspectionMethod method, string responsibleRole, Frequency frequency, Google.Protobuf.Collections.RepeatedField<int> months)
    {
        errors.OneOf<Domain.InspectionMethod>($"{prefix}.method", (int)method)
            .OneOf<Domain.Frequency>($"{prefix}.frequency", (int)frequency)
            .Written($"{prefix}.responsible_role", responsibleRole, Domain.Limits.RoleLength);
        if (months.Count > 12 || months.Any(m => m is < 1 or > 12))
        {
            errors.Add($"{prefix}.months", "Ange månader 1–12.");
        }
        if (frequency == Frequency.ChosenMonths && months.Count == 0)
        {
            errors.Add($"{prefix}.months", "Välj minst en månad.");
        }
        if (frequency != Frequency.ChosenMonths && months.Count > 0)
        {
            errors.Add($"{prefix}.months", "Månader väljs bara med frekvensen valda månader.");
        }
        return errors;
    }

    public static ValidationErrors Questions(this ValidationErrors errors, IReadOnlyList<Question> questions)
    {
        if (questions.Count is 0 or > Domain.Limits.Questions)
        {
            errors.Add("questions", $"En checklista har 1–{Domain.Limits.Questions} frågor.");
        }
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            var field = $"questions[{i}]";
            errors.MaxLength($"{field}.question_id", question.QuestionId, Domain.Limits.IdLength)
                .Written($"{field}.text", question.Text, Domain.Limits.QuestionText)
                .OneOf<Domain.AnswerType>($"{field}.answer_type", (int)question.AnswerType);
            if (question.Weight is < 0 or > Domain.Limits.MaxWeight)
            {
                errors.Add($"{field}.weight", $"Vikten är 1–{Domain.Limits.MaxWeight} (0 betyder 1).");
            }
            if ((question.AnswerType == AnswerType.Choice) != (question.Choices.Count > 0) || question.Choices.Count > Domain.Limits.Choices)
            {
                errors.Add($"{field}.choices", $"En flervalsfråga har 1–{Domain.Limits.Choices} val; andra frågor inga.");
            }
            foreach (var choice in question.Choices)
            {
                errors.Written($"{field}.choices", choice, Domain.Limits.NameLength);
            }
        }
        var ids = questions.Where(q => q.QuestionId.Length > 0).Select(q => q.QuestionId).ToList();
        if (ids.Count != ids.Distinct(StringComparer.Ordinal).Count())
        {
            errors.Add("questions", "Två frågor har samma id.");
        }
        return errors;
    }
}

public sealed class CreatePlanValidator : IRequestValidator<CreatePlanRequest>
{
    public void Validate(CreatePlanRequest request, ValidationErrors errors) =>
        errors.Id("unit_id", request.UnitId).Year(request.Year).Written("name", request.Name, Domain.Limits.NameLength);
}

public sealed class GetPlanValidator : IRequestValidator<GetPlanRequest>
{
    public void Validate(GetPlanRequest request, ValidationErrors errors) => errors.Id("plan_id", request.PlanId);
}

public sealed class ListPlansValidator : IRequestValidator<ListPlansRequest>
{
    public void Validate(ListPlansRequest request, ValidationErrors errors) => errors
        .Page(request.PageSize, request.PageToken).MaxLength("unit_id", request.UnitId, Domain.Limits.IdLength).Year(request.Year, filter: true);
}

public sealed class AddActivityValidator : IRequestValidator<AddActivityRequest>
{
    public void Validate(AddActivityRequest request, ValidationErrors errors) => errors.Id("plan_id", request.PlanId).Activity(request.Activity);
}

public sealed class AddActivityFromTemplateValidator : IRequestValidator<AddActivityFromTemplateRequest>
{
    public void Validate(AddActivityFromTemplateRequest request, ValidationErrors errors) =>
        errors.Id("plan_id", request.PlanId).Id("template_id", request.TemplateId).StartMonth("start_month", request.StartMonth)
            .MaxLength("responsible_user_id", request.ResponsibleUserId, Domain.Limits.UserIdLength)
            .MaxLength("document_id", request.DocumentId, Domain.Limits.IdLength);
}

public sealed class RemoveActivityValidator : IRequestValidator<RemoveActivityRequest>
{
    public void Validate(RemoveActivityRequest request, ValidationErrors errors) =>
        errors.Id("plan_id", request.PlanId).Id("activity_id", request.ActivityId);
}

public sealed class ApprovePlanValidator : IRequestValidator<ApprovePlanRequest>
{
    public void Validate(ApprovePlanRequest request, ValidationErrors errors) => errors.Id("plan_id", request.PlanId);
}

public sealed class RevisePlanValidator : IRequestValidator<RevisePlanRequest>
{
    public void Validate(RevisePlanRequest request, ValidationErrors errors) =>
        errors.Id("plan_id", request.PlanId).Written("reason", request.Reason, Domain.Limits.ShortText);
}

public sealed class CopyPlanToNextYearValidator : IRequestValidator<CopyPlanToNextYearRequest>
{
    public void Validate(CopyPlanToNextYearRequest request, ValidationErrors errors) => errors.Id("plan_id", request.PlanId);
}

public sealed class GetYearWheelValidator : IRequestValidator<GetYearWheelRequest>
{
    public void Validate(GetYearWheelRequest request, ValidationErrors errors) =>
        errors.Id("unit_id", request.UnitId).Year(request.Year).Page(request.PageSize, request.PageToken);
}

public sealed class CancelOccurrenceValidator : IRequestValidator<CancelOccurrenceRequest>
{
    public void Validate(CancelOccurrenceRequest request, ValidationErrors errors) =>
        errors.Id("occurrence_id", request.OccurrenceId).Written("reason", request.Reason, Domain.Limits.ShortText);
}

public sealed class CreateChecklistTemplateValidator : IRequestValidator<CreateChecklistTemplateRequest>
{
    public void Validate(CreateChecklistTemplateRequest request, ValidationErrors errors) =>
        errors.Written("name", request.Name, Domain.Limits.NameLength).Questions(request.Questions).ActivityTemplate(request.Activity);
}

public sealed class GetChecklistTemplateValidator : IRequestValidator<GetChecklistTemplateRequest>
{
    public void Validate(GetChecklistTemplateRequest request, ValidationErrors errors) => errors.Id("template_id", request.TemplateId);
}

public sealed class ListChecklistTemplatesValidator : IRequestValidator<ListChecklistTemplatesRequest>
{
    public void Validate(ListChecklistTemplatesRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);
}

public sealed class PublishChecklistTemplateValidator : IRequestValidator<PublishChecklistTemplateRequest>
{
    public void Validate(PublishChecklistTemplateRequest request, ValidationErrors errors) => errors.Id("template_id", request.TemplateId);
}

public sealed class ReviseChecklistTemplateValidator : IRequestValidator<ReviseChecklistTemplateRequest>
{
    public void Validate(ReviseChecklistTemplateRequest request, ValidationErrors errors) =>
        errors.Id("template_id", request.TemplateId).Questions(request.Questions);
}

public sealed class RecordExecutionValidator : IRequestValidator<RecordExecutionRequest>
{
    public void Validate(RecordExecutionRequest request, ValidationErrors errors)
    {
        errors.Id("occurrence_id", request.OccurrenceId).Date("performed_on", request.PerformedOn);
        if (request.Answers.Count > Domain.Limits.Questions)
        {
            errors.Add("answers", $"Högst {Domain.Limits.Questions} svar.");
        }
        for (var i = 0; i < request.Answers.Count; i++)
        {
            var answer = request.Answers[i];
            errors.Id($"answers[{i}].question_id", answer.QuestionId)
                .OneOf<Domain.YesNo>($"answers[{i}].yes_no", (int)answer.YesNo, filter: true)
                .MaxLength($"answers[{i}].value", answer.Value, Domain.Limits.AnswerValue)
                .MaxLength($"answers[{i}].comment", answer.Comment, Domain.Limits.ShortText);
        }
    }
}

public sealed class GetExecutionValidator : IRequestValidator<GetExecutionRequest>
{
    public void Validate(GetExecutionRequest request, ValidationErrors errors) => errors.Id("execution_id", request.ExecutionId);
}

public sealed class RaiseFindingValidator : IRequestValidator<RaiseFindingRequest>
{
    public void Validate(RaiseFindingRequest request, ValidationErrors errors) => errors
        .Id("execution_id", request.ExecutionId)
        .Written("description", request.Description, Domain.Limits.ShortText)
        .OneOf<Domain.Severity>("severity", (int)request.Severity);
}

public sealed class GetFindingValidator : IRequestValidator<GetFindingRequest>
{
    public void Validate(GetFindingRequest request, ValidationErrors errors) => errors.Id("finding_id", request.FindingId);
}

public sealed class ListFindingsValidator : IRequestValidator<ListFindingsRequest>
{
    public void Validate(ListFindingsRequest request, ValidationErrors errors) => errors
        .Page(request.PageSize, request.PageToken)
        .MaxLength("unit_id", request.UnitId, Domain.Limits.IdLength)
        .OneOf<Domain.FindingState>("state", (int)request.State, filter: true);
}

public sealed class DecideActionValidator : IRequestValidator<DecideActionRequest>
{
    public void Validate(DecideActionRequest request, ValidationErrors errors) => errors
        .Id("finding_id", request.FindingId)
        .Written("description", request.Description, Domain.Limits.ShortText)
        .Written("responsible_user_id", request.ResponsibleUserId, Domain.Limits.UserIdLength)
        .Written("responsible_name", request.ResponsibleName, Domain.Limits.NameLength)
        .Date("due_on", request.DueOn);
}

public sealed class CompleteActionValidator : IRequestValidator<CompleteActionRequest>
{
    public void Validate(CompleteActionRequest request, ValidationErrors errors) =>
        errors.Id("finding_id", request.FindingId).Written("follow_up_note", request.FollowUpNote, Domain.Limits.ShortText);
}

public sealed class AcceptFindingValidator : IRequestValidator<AcceptFindingRequest>
{
    public void Validate(AcceptFindingRequest request, ValidationErrors errors) =>
        errors.Id("finding_id", request.FindingId).Written("reason", request.Reason, Domain.Limits.ShortText);
}

public sealed class ReportFindingAsIncidentValidator : IRequestValidator<ReportFindingAsIncidentRequest>
{
    public void Validate(ReportFindingAsIncidentRequest request, ValidationErrors errors) => errors
        .Id("finding_id", request.FindingId)
        .MaxLength("what_happened", request.WhatHappened, Domain.Limits.LongText)
        .MaxLength("immediate_actions", request.ImmediateActions, Domain.Limits.ShortText);
}

public sealed class ShareChecklistTemplateValidator : IRequestValidator<ShareChecklistTemplateRequest>
{
    public const int MaxTenants = 100;

    public void Validate(ShareChecklistTemplateRequest request, ValidationErrors errors)
    {
        errors.Id("template_id", request.TemplateId);
        if (request.TenantIds.Count > MaxTenants)
        {
            errors.Add("tenant_ids", $"Högst {MaxTenants} huvudmän.");
        }
        for (var i = 0; i < request.TenantIds.Count; i++)
        {
            errors.Id($"tenant_ids[{i}]", request.TenantIds[i]);
        }
    }
}

public sealed class ListSharedChecklistTemplatesValidator : IRequestValidator<ListSharedChecklistTemplatesRequest>
{
    public void Validate(ListSharedChecklistTemplatesRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);
}

public sealed class AdoptChecklistTemplateValidator : IRequestValidator<AdoptChecklistTemplateRequest>
{
    public void Validate(AdoptChecklistTemplateRequest request, ValidationErrors errors) => errors.Id("template_id", request.TemplateId);
}
