using Google.Protobuf.Collections;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Incidents.Api;

/// <summary>The field rules the service's requests share: every string and list has a limit (<see cref="Domain.Limits"/>).</summary>
internal static class Rules
{
    public static ValidationErrors Id(this ValidationErrors errors, string field, string value) =>
        errors.Required(field, value).MaxLength(field, value, Domain.Limits.IdLength);

    public static ValidationErrors Text(this ValidationErrors errors, string field, string value, int max) =>
        errors.Required(field, value).MaxLength(field, value, max);

    public static ValidationErrors Defined<TDomain>(this ValidationErrors errors, string field, int value, bool optional = false)
        where TDomain : struct, Enum
    {
        if (!(optional && value == 0) && (value == 0 || !Enum.IsDefined(typeof(TDomain), value)))
        {
            errors.Add(field, "Ange ett av de tillåtna värdena.");
        }
        return errors;
    }

    public static ValidationErrors LegalReferences(this ValidationErrors errors, string field, RepeatedField<Common.LegalReference> references)
    {
        if (references.Count > Domain.Limits.LegalReferences)
        {
            errors.Add(field, $"Högst {Domain.Limits.LegalReferences} hänvisningar.");
        }
        for (var i = 0; i < references.Count; i++)
        {
            errors.Text($"{field}[{i}].code", references[i].Code, Domain.Limits.LegalCode)
                .MaxLength($"{field}[{i}].title", references[i].Title, Domain.Limits.NameLength)
                .MaxLength($"{field}[{i}].url", references[i].Url, Domain.Limits.Url);
        }
        return errors;
    }
}

public sealed class ReportIncidentValidator : IRequestValidator<ReportIncidentRequest>
{
    public void Validate(ReportIncidentRequest request, ValidationErrors errors)
    {
        errors.Text("what_happened", request.WhatHappened, Domain.Limits.LongText)
            .Id("unit_id", request.UnitId)
            .MaxLength("immediate_actions", request.ImmediateActions, Domain.Limits.ShortText)
            .MaxLength("involved_person_reference", request.InvolvedPersonReference, Domain.Limits.PersonReference)
            .MaxLength("routine_document_id", request.RoutineDocumentId, Domain.Limits.IdLength);
        if (request.OccurredAt is null)
        {
            errors.Add("occurred_at", "Ange när det hände.");
        }
        if (request.AttachmentReferences.Count > Domain.Limits.Attachments)
        {
            errors.Add("attachment_references", $"Högst {Domain.Limits.Attachments} bilagor.");
        }
        for (var i = 0; i < request.AttachmentReferences.Count; i++)
        {
            errors.Text($"attachment_references[{i}]", request.AttachmentReferences[i], Domain.Limits.Reference);
        }
        if (request.RequestId.Length > Domain.Limits.IdLength || !request.RequestId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            errors.Add("request_id", $"Ange ett id av bokstäver (a–z), siffror, '.', '_' och '-', högst {Domain.Limits.IdLength} tecken.");
        }
        if (request.Origin is { } origin)
        {
            errors.Text("origin.service", origin.Service, Domain.Limits.ServiceNameLength).Id("origin.id", origin.Id);
            if (origin.Service.Any(c => c is < 'a' or > 'z'))
            {
                errors.Add("origin.service", "Ange tjänstens namn med små bokstäver a–z, t.ex. complaints.");
            }
        }
    }
}

public sealed class GetIncidentValidator : IRequestValidator<GetIncidentRequest>
{
    public void Validate(GetIncidentRequest request, ValidationErrors errors) => errors.Id("incident_id", request.IncidentId);
}

public sealed class ListIncidentsValidator : IRequestValidator<ListIncidentsRequest>
{
    public void Validate(ListIncidentsRequest request, ValidationErrors errors)
    {
        errors.Page(request.PageSize, request.PageToken)
            .MaxLength("unit_id", request.UnitId, Domain.Limits.IdLength)
            .Defined<Domain.IncidentKind>("kind", (int)request.Kind, optional: true)
            .Defined<Domain.IncidentState>("state", (int)request.State, optional: true);
        if (request.ReportedFrom is not null && request.ReportedTo is not null && request.ReportedTo.ToInstant() <= request.ReportedFrom.ToInstant())
        {
            errors.Add("reported_to", "Periodens slut måste ligga efter dess början.");
        }
    }
}

public sealed class TriageIncidentValidator : IRequestValidator<TriageIncidentRequest>
{
    public void Validate(TriageIncidentRequest request, ValidationErrors errors) => errors
        .Id("incident_id", request.IncidentId)
        .Defined<Domain.IncidentKind>("kind", (int)request.Kind)
        .Defined<Domain.IncidentSubtype>("subtype", (int)request.Subtype, optional: true)
        .Defined<Domain.Severity>("severity", (int)request.Severity)
        .LegalReferences("legal_references", request.LegalReferences);
}

public sealed class StartInvestigationValidator : IRequestValidator<StartInvestigationRequest>
{
    public void Validate(StartInvestigationRequest request, ValidationErrors errors) => errors.Id("incident_id", request.IncidentId);
}

public sealed class CompleteInvestigationValidator : IRequestValidator<CompleteInvestigationRequest>
{
    public void Validate(CompleteInvestigationRequest request, ValidationErrors errors)
    {
        errors.Id("incident_id", request.IncidentId)
            .Text("what_happened", request.WhatHappened, Domain.Limits.LongText)
            .Text("why", request.Why, Domain.Limits.LongText)
            .Text("prevention", request.Prevention, Domain.Limits.LongText);
        if (request.RootCauses.Count == 0 || request.RootCauses.Count > 6)
        {
            errors.Add("root_causes", "Ange mellan en och sex orsakskategorier.");
        }
        foreach (var cause in request.RootCauses)
        {
            errors.Defined<Domain.RootCause>("root_causes", (int)cause);
        }
    }
}

public sealed class DecideActionsValidator : IRequestValidator<DecideActionsRequest>
{
    public void Validate(DecideActionsRequest request, ValidationErrors errors)
    {
        errors.Id("incident_id", request.IncidentId);
        if (request.Actions.Count == 0 || request.Actions.Count > Domain.Limits.ActionsPerDecision)
        {
            errors.Add("actions", $"Ange mellan 1 och {Domain.Limits.ActionsPerDecision} åtgärder.");
        }
        for (var i = 0; i < request.Actions.Count; i++)
        {
            var action = request.Actions[i];
            errors.Text($"actions[{i}].description", action.Description, Domain.Limits.ShortText)
                .Text($"actions[{i}].responsible_user_id", action.ResponsibleUserId, Domain.Limits.UserIdLength);
            if (action.DueAt is null)
            {
                errors.Add($"actions[{i}].due_at", "Ange när åtgärden ska vara klar.");
            }
        }
    }
}

public sealed class CompleteActionValidator : IRequestValidator<CompleteActionRequest>
{
    public void Validate(CompleteActionRequest request, ValidationErrors errors) =>
        errors.Id("incident_id", request.IncidentId).Id("action_id", request.ActionId);
}

public sealed class FollowUpIncidentValidator : IRequestValidator<FollowUpIncidentRequest>
{
    public void Validate(FollowUpIncidentRequest request, ValidationErrors errors) =>
        errors.Id("incident_id", request.IncidentId).Text("effect", request.Effect, Domain.Limits.LongText);
}

public sealed class CloseIncidentValidator : IRequestValidator<CloseIncidentRequest>
{
    public void Validate(CloseIncidentRequest request, ValidationErrors errors) =>
        errors.Id("incident_id", request.IncidentId).Text("outcome", request.Outcome, Domain.Limits.LongText);
}

public sealed class ReopenIncidentValidator : IRequestValidator<ReopenIncidentRequest>
{
    public void Validate(ReopenIncidentRequest request, ValidationErrors errors) =>
        errors.Id("incident_id", request.IncidentId).Text("reason", request.Reason, Domain.Limits.ShortText);
}

public sealed class DecideNotificationValidator : IRequestValidator<DecideNotificationRequest>
{
    public void Validate(DecideNotificationRequest request, ValidationErrors errors) =>
        errors.Id("incident_id", request.IncidentId).Text("grounds", request.Grounds, Domain.Limits.LongText);
}

public sealed class GetNotificationDocumentValidator : IRequestValidator<GetNotificationDocumentRequest>
{
    public void Validate(GetNotificationDocumentRequest request, ValidationErrors errors) => errors.Id("incident_id", request.IncidentId);
}

public sealed class MarkNotificationSentValidator : IRequestValidator<MarkNotificationSentRequest>
{
    public void Validate(MarkNotificationSentRequest request, ValidationErrors errors) =>
        errors.Id("incident_id", request.IncidentId).MaxLength("reference", request.Reference, Domain.Limits.SentReference);
}

public sealed class RecordPatientInformedValidator : IRequestValidator<RecordPatientInformedRequest>
{
    public void Validate(RecordPatientInformedRequest request, ValidationErrors errors) =>
        errors.Id("incident_id", request.IncidentId).Text("note", request.Note, Domain.Limits.ShortText);
}

public sealed class SetServiceLevelsValidator : IRequestValidator<SetServiceLevelsRequest>
{
    public void Validate(SetServiceLevelsRequest request, ValidationErrors errors)
    {
        if (request.ServiceLevels is not { } levels)
        {
            errors.Add("service_levels", "Ange servicenivåerna.");
            return;
        }
        Days(errors, "service_levels.triage_working_days", levels.TriageWorkingDays);
        Days(errors, "service_levels.investigation_start_working_days", levels.InvestigationStartWorkingDays);
        Days(errors, "service_levels.investigation_working_days", levels.InvestigationWorkingDays);
        Days(errors, "service_levels.notification_working_days", levels.NotificationWorkingDays);
        if (levels.WarningHours is < 0 or > Domain.ServiceLevelSettings.MaxWarningHours)
        {
            errors.Add("service_levels.warning_hours", $"Mellan 0 och {Domain.ServiceLevelSettings.MaxWarningHours} timmar.");
        }
    }

    private static void Days(ValidationErrors errors, string field, int days)
    {
        if (days is < 0 or > Domain.ServiceLevelSettings.MaxWorkingDays)
        {
            errors.Add(field, $"Mellan 0 och {Domain.ServiceLevelSettings.MaxWorkingDays} arbetsdagar.");
        }
    }
}

public sealed class ListProviderNoticesValidator : IRequestValidator<ListProviderNoticesRequest>
{
    public void Validate(ListProviderNoticesRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);
}

public sealed class GetStatisticsValidator : IRequestValidator<GetStatisticsRequest>
{
    public void Validate(GetStatisticsRequest request, ValidationErrors errors)
    {
        if (request.ReportedFrom is not null && request.ReportedTo is not null && request.ReportedTo.ToInstant() <= request.ReportedFrom.ToInstant())
        {
            errors.Add("reported_to", "Periodens slut måste ligga efter dess början.");
        }
    }
}
