using Google.Protobuf.Collections;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;

namespace Ledningssystem.Complaints.Api;

/// <summary>The field rules the service's requests share: every string and list has a limit (<see cref="Domain.Limits"/>).</summary>
internal static class ComplaintRules
{
    public static ValidationErrors ComplaintId(this ValidationErrors errors, string value) =>
        errors.Required("complaint_id", value).MaxLength("complaint_id", value, Domain.Limits.IdLength);

    public static ValidationErrors Written(this ValidationErrors errors, string field, string value, int max) =>
        errors.Required(field, value).MaxLength(field, value, max);

    /// <summary>A value of the contract's enum; UNSPECIFIED only where the field is a filter.</summary>
    public static ValidationErrors OneOf<TDomain>(this ValidationErrors errors, string field, int value, bool filter = false)
        where TDomain : struct, Enum
    {
        var unspecified = value == 0;
        if (unspecified ? !filter : !Enum.IsDefined(typeof(TDomain), value))
        {
            errors.Add(field, "Välj ett av de tillåtna värdena.");
        }
        return errors;
    }

    /// <summary>A Swedish date written YYYY-MM-DD; empty allowed unless <paramref name="required"/>.</summary>
    public static DateOnly? Date(this ValidationErrors errors, string field, string value, bool required)
    {
        if (value.Length == 0)
        {
            if (required)
            {
                errors.Add(field, "Ange ett datum (ÅÅÅÅ-MM-DD).");
            }
            return null;
        }
        var date = IsoDates.Parse(value);
        if (date is null)
        {
            errors.Add(field, "Skriv datumet som ÅÅÅÅ-MM-DD.");
        }
        return date;
    }

    /// <summary>A period of days received, received_from to received_to, in order.</summary>
    public static (DateOnly? From, DateOnly? To) ReceivedPeriod(this ValidationErrors errors, string from, string to, bool required)
    {
        var first = errors.Date("received_from", from, required);
        var last = errors.Date("received_to", to, required);
        if (first > last)
        {
            errors.Add("received_to", "Periodens slut kan inte ligga före dess början.");
        }
        return (first, last);
    }

    public static ValidationErrors CategoryIds(this ValidationErrors errors, RepeatedField<string> categoryIds)
    {
        if (categoryIds.Count > Domain.Limits.Categories)
        {
            errors.Add("category_ids", $"Högst {Domain.Limits.Categories} kategorier.");
        }
        for (var i = 0; i < categoryIds.Count; i++)
        {
            errors.Written($"category_ids[{i}]", categoryIds[i], Domain.Limits.IdLength);
        }
        return errors;
    }

    /// <summary>Anonymous: no contact data at all. Otherwise the sender's role, and contact data within the limits.</summary>
    public static ValidationErrors Sender(this ValidationErrors errors, Complainant? complainant, bool anonymous)
    {
        var given = complainant ?? new Complainant();
        if (anonymous)
        {
            if (given.Name.Length + given.Email.Length + given.Phone.Length + given.PostalAddress.Length > 0)
            {
                errors.Add("complainant", "Ett anonymt klagomål kan inte ha namn eller kontaktuppgifter.");
            }
            if (given.Role is not (ComplainantRole.Unspecified or ComplainantRole.Anonymous))
            {
                errors.Add("complainant.role", "Ett anonymt klagomål har rollen Anonym.");
            }
            return errors;
        }
        errors.OneOf<Domain.ComplainantRole>("complainant.role", (int)given.Role)
            .MaxLength("complainant.name", given.Name, Domain.Limits.NameLength)
            .MaxLength("complainant.email", given.Email, Domain.Limits.Email)
            .MaxLength("complainant.phone", given.Phone, Domain.Limits.Phone)
            .MaxLength("complainant.postal_address", given.PostalAddress, Domain.Limits.PostalAddress);
        if (given.Role == ComplainantRole.Anonymous)
        {
            errors.Add("complainant.role", "Rollen Anonym gäller bara anonyma klagomål.");
        }
        if (given.Email.Length > 0 && !given.Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("complainant.email", "Ange en giltig e-postadress.");
        }
        return errors;
    }

    public static Domain.Complainant ToDomain(this Complainant? complainant) => complainant is null
        ? Domain.Complainant.Anonymous
        : new(complainant.Role.ToDomain(), complainant.Name, complainant.Email, complainant.Phone, complainant.PostalAddress);
}

public sealed class RegisterComplaintValidator(WorkflowClock clock) : IRequestValidator<RegisterComplaintRequest>
{
    public void Validate(RegisterComplaintRequest request, ValidationErrors errors)
    {
        errors.Written("unit_id", request.UnitId, Domain.Limits.IdLength)
            .OneOf<Domain.ComplaintKind>("kind", (int)request.Kind)
            .OneOf<Domain.Channel>("channel", (int)request.Channel)
            .Written("subject", request.Subject, Domain.Limits.Subject)
            .Written("description", request.Description, Domain.Limits.LongText)
            .Sender(request.Complainant, request.Anonymous)
            .CategoryIds(request.CategoryIds);
        if (request.Channel == Channel.WebForm)
        {
            errors.Add("channel", "Webbformuläret används av allmänheten; välj hur klagomålet kom in.");
        }
        if (errors.Date("received_on", request.ReceivedOn, required: true) is { } received && received > clock.Today)
        {
            errors.Add("received_on", "Datumet kan inte ligga i framtiden.");
        }
    }
}

public sealed class GetComplaintValidator : IRequestValidator<GetComplaintRequest>
{
    public void Validate(GetComplaintRequest request, ValidationErrors errors) => errors.ComplaintId(request.ComplaintId);
}

public sealed class ListComplaintsValidator : IRequestValidator<ListComplaintsRequest>
{
    public void Validate(ListComplaintsRequest request, ValidationErrors errors)
    {
        errors.Page(request.PageSize, request.PageToken)
            .MaxLength("unit_id", request.UnitId, Domain.Limits.IdLength)
            .MaxLength("category_id", request.CategoryId, Domain.Limits.IdLength)
            .OneOf<Domain.ComplaintKind>("kind", (int)request.Kind, filter: true)
            .OneOf<Domain.ComplaintState>("state", (int)request.State, filter: true)
            .OneOf<Domain.Channel>("channel", (int)request.Channel, filter: true);
        errors.ReceivedPeriod(request.ReceivedFrom, request.ReceivedTo, required: false);
    }
}

public sealed class GetStatisticsValidator : IRequestValidator<GetStatisticsRequest>
{
    public const int MaxYears = 3;

    public void Validate(GetStatisticsRequest request, ValidationErrors errors)
    {
        errors.MaxLength("unit_id", request.UnitId, Domain.Limits.IdLength);
        var (from, to) = errors.ReceivedPeriod(request.ReceivedFrom, request.ReceivedTo, required: true);
        if (to > from?.AddYears(MaxYears))
        {
            errors.Add("received_to", $"En period är högst {MaxYears} år.");
        }
    }
}

public sealed class ClassifyComplaintValidator : IRequestValidator<ClassifyComplaintRequest>
{
    public void Validate(ClassifyComplaintRequest request, ValidationErrors errors) =>
        errors.ComplaintId(request.ComplaintId).CategoryIds(request.CategoryIds);
}

public sealed class AcknowledgeComplaintValidator : IRequestValidator<AcknowledgeComplaintRequest>
{
    public void Validate(AcknowledgeComplaintRequest request, ValidationErrors errors)
    {
        errors.ComplaintId(request.ComplaintId).MaxLength("note", request.Note, Domain.Limits.ShortText);
        errors.Date("acknowledged_on", request.AcknowledgedOn, required: true);
    }
}

public sealed class StartInvestigationValidator : IRequestValidator<StartInvestigationRequest>
{
    public void Validate(StartInvestigationRequest request, ValidationErrors errors) => errors.ComplaintId(request.ComplaintId);
}

public sealed class AnswerComplaintValidator : IRequestValidator<AnswerComplaintRequest>
{
    public void Validate(AnswerComplaintRequest request, ValidationErrors errors) => errors
        .ComplaintId(request.ComplaintId)
        .Written("text", request.Text, Domain.Limits.LongText)
        .MaxLength("actions", request.Actions, Domain.Limits.LongText)
        .MaxLength("confidentiality_note", request.ConfidentialityNote, Domain.Limits.ShortText);
}

public sealed class CloseComplaintValidator : IRequestValidator<CloseComplaintRequest>
{
    public void Validate(CloseComplaintRequest request, ValidationErrors errors) => errors.ComplaintId(request.ComplaintId);
}

public sealed class ReopenComplaintValidator : IRequestValidator<ReopenComplaintRequest>
{
    public void Validate(ReopenComplaintRequest request, ValidationErrors errors) =>
        errors.ComplaintId(request.ComplaintId).Written("reason", request.Reason, Domain.Limits.ShortText);
}

public sealed class ForwardComplaintValidator : IRequestValidator<ForwardComplaintRequest>
{
    public void Validate(ForwardComplaintRequest request, ValidationErrors errors) => errors
        .ComplaintId(request.ComplaintId)
        .Written("tenant_id", request.TenantId, Domain.Limits.IdLength)
        .Written("unit_id", request.UnitId, Domain.Limits.IdLength)
        .Written("reason", request.Reason, Domain.Limits.ShortText);
}

public sealed class SharePraiseValidator : IRequestValidator<SharePraiseRequest>
{
    public void Validate(SharePraiseRequest request, ValidationErrors errors) =>
        errors.ComplaintId(request.ComplaintId).Written("text", request.Text, Domain.Limits.ShortText);
}

public sealed class RaiseIncidentValidator : IRequestValidator<RaiseIncidentRequest>
{
    public void Validate(RaiseIncidentRequest request, ValidationErrors errors)
    {
        errors.ComplaintId(request.ComplaintId)
            .Written("what_happened", request.WhatHappened, Domain.Limits.LongText)
            .MaxLength("immediate_actions", request.ImmediateActions, Domain.Limits.ShortText);
        if (request.OccurredAt is { } at && (at.Nanos is < 0 or > 999_999_999 || at.Seconds < Domain.Limits.EarliestOccurredAt.ToUnixTimeSeconds()))
        {
            errors.Add("occurred_at", "Ange en tidpunkt efter år 2000.");
        }
    }
}

public sealed class ListFeedbackValidator : IRequestValidator<ListFeedbackRequest>
{
    public void Validate(ListFeedbackRequest request, ValidationErrors errors) =>
        errors.Written("unit_id", request.UnitId, Domain.Limits.IdLength).Page(request.PageSize, request.PageToken);
}

public sealed class ListCategoriesValidator : IRequestValidator<ListCategoriesRequest>
{
    public void Validate(ListCategoriesRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);
}

public sealed class CreateCategoryValidator : IRequestValidator<CreateCategoryRequest>
{
    public void Validate(CreateCategoryRequest request, ValidationErrors errors) =>
        errors.Written("name", request.Name.Trim(), Domain.Limits.CategoryName);
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
        foreach (var (field, days) in new[] { ("acknowledge_working_days", levels.AcknowledgeWorkingDays), ("answer_working_days", levels.AnswerWorkingDays) })
        {
            if (days is < 0 or > Domain.ServiceLevelSettings.MaxWorkingDays)
            {
                errors.Add($"service_levels.{field}", $"Mellan 0 och {Domain.ServiceLevelSettings.MaxWorkingDays} arbetsdagar.");
            }
        }
        if (levels.ContactRetentionMonths is < 1 or > Domain.ServiceLevelSettings.MaxRetentionMonths)
        {
            errors.Add("service_levels.contact_retention_months", $"Mellan 1 och {Domain.ServiceLevelSettings.MaxRetentionMonths} månader.");
        }
        if (levels.AnswerWorkingDays < levels.AcknowledgeWorkingDays)
        {
            errors.Add("service_levels.answer_working_days", "Svaret kan inte ha kortare tid än mottagningsbekräftelsen.");
        }
    }
}

public sealed class ListProvidersValidator : IRequestValidator<ListProvidersRequest>
{
    public void Validate(ListProvidersRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);
}

public sealed class ListProviderUnitsValidator : IRequestValidator<ListProviderUnitsRequest>
{
    public void Validate(ListProviderUnitsRequest request, ValidationErrors errors) =>
        errors.Written("tenant_id", request.TenantId, Domain.Limits.IdLength).Page(request.PageSize, request.PageToken);
}

public sealed class SubmitComplaintValidator : IRequestValidator<SubmitComplaintRequest>
{
    public const string Refused = "Formuläret kunde inte skickas.";

    public void Validate(SubmitComplaintRequest request, ValidationErrors errors)
    {
        // The hidden field only robots fill in: refused without saying which field gave them away.
        if (request.Website.Length > 0)
        {
            throw RpcErrors.InvalidArgument([], Refused);
        }
        errors.Written("tenant_id", request.TenantId, Domain.Limits.IdLength)
            .Written("unit_id", request.UnitId, Domain.Limits.IdLength)
            .OneOf<Domain.ComplaintKind>("kind", (int)request.Kind)
            .Written("subject", request.Subject, Domain.Limits.Subject)
            .Written("description", request.Description, Domain.Limits.LongText)
            .Sender(request.Complainant, request.Anonymous);
        if (request.RequestId.Length > 0 && !Guid.TryParseExact(request.RequestId, "D", out _))
        {
            errors.Add("request_id", "Formulärets id ska vara ett UUID, till exempel 0f8fad5b-d9cb-469f-a165-70867728950e.");
        }
    }
}

public sealed class FollowUpComplaintValidator : IRequestValidator<FollowUpComplaintRequest>
{
    public void Validate(FollowUpComplaintRequest request, ValidationErrors errors) => errors
        .Written("reference", request.Reference, Domain.Limits.FollowUpCode)
        .Written("follow_up_code", request.FollowUpCode, Domain.Limits.FollowUpCode);
}
