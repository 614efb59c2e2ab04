using System.Text.RegularExpressions;
using Google.Protobuf.Collections;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Search;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Documents.Api;

/// <summary>The size and shape rules every request meets before its handler runs.</summary>
internal static partial class Rules
{
    public const int MaxListItems = 50;
    public const int MaxQueryLength = 200;

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex IdPattern();

    public static ValidationErrors Id(this ValidationErrors errors, string field, string value)
    {
        if (!IdPattern().IsMatch(value))
        {
            errors.Add(field, "Ange ett id av bokstäver (a–z), siffror, '.', '_' och '-', högst 100 tecken.");
        }
        return errors;
    }

    public static ValidationErrors OptionalId(this ValidationErrors errors, string field, string value) =>
        value.Length == 0 ? errors : errors.Id(field, value);

    public static ValidationErrors Version(this ValidationErrors errors, string field, int number)
    {
        if (number <= 0)
        {
            errors.Add(field, "Ange versionens nummer (1 eller högre).");
        }
        return errors;
    }

    public static ValidationErrors Markdown(this ValidationErrors errors, string field, string value) =>
        errors.MaxLength(field, value, Columns.ContentLength);

    public static ValidationErrors ShortText(this ValidationErrors errors, string field, string value) =>
        errors.MaxLength(field, value, Columns.ShortTextLength);

    public static ValidationErrors Count<T>(this ValidationErrors errors, string field, RepeatedField<T> list, int max = MaxListItems)
    {
        if (list.Count > max)
        {
            errors.Add(field, $"Högst {max} värden är tillåtna (fick {list.Count}).");
        }
        return errors;
    }

    public static ValidationErrors Defined<T>(this ValidationErrors errors, string field, T value, bool required = true)
        where T : struct, Enum
    {
        if ((required && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0) || !Enum.IsDefined(value))
        {
            errors.Add(field, "Välj ett giltigt värde.");
        }
        return errors;
    }

    public static ValidationErrors Details(this ValidationErrors errors, DocumentDetails? details)
    {
        if (details is null)
        {
            return errors.Add("details", "Dokumentets uppgifter saknas.");
        }
        errors.Required("details.title", details.Title).MaxLength("details.title", details.Title, Columns.TitleLength);
        errors.Defined("details.kind", details.Kind);
        errors.Id("details.owner_unit_id", details.OwnerUnitId);
        errors.Defined("details.responsible_role", details.ResponsibleRole);
        errors.Defined("details.approving_role", details.ApprovingRole);
        errors.ShortText("details.follow_up_method", details.FollowUpMethod);
        if (details.ReviewIntervalMonths is < 0 or > 120)
        {
            errors.Add("details.review_interval_months", "Ange 0–120 månader.");
        }
        if (!IsoDates.IsDate(details.NextReviewDate))
        {
            errors.Add("details.next_review_date", "Ange datumet som ÅÅÅÅ-MM-DD.");
        }
        errors.Count("details.legal_references", details.LegalReferences);
        foreach (var (reference, i) in details.LegalReferences.Select((r, i) => (r, i)))
        {
            errors.Required($"details.legal_references[{i}].code", reference.Code)
                .MaxLength($"details.legal_references[{i}].code", reference.Code, 100)
                .MaxLength($"details.legal_references[{i}].title", reference.Title, 300)
                .MaxLength($"details.legal_references[{i}].url", reference.Url, 500);
            if (reference.Code.Contains('|', StringComparison.Ordinal))
            {
                errors.Add($"details.legal_references[{i}].code", "Tecknet '|' är inte tillåtet.");
            }
        }
        errors.Count("details.scope_unit_ids", details.ScopeUnitIds);
        foreach (var (unit, i) in details.ScopeUnitIds.Select((u, i) => (u, i)))
        {
            errors.Id($"details.scope_unit_ids[{i}]", unit);
        }
        errors.Count("details.scope_verksamhetsformer", details.ScopeVerksamhetsformer);
        foreach (var (form, i) in details.ScopeVerksamhetsformer.Select((f, i) => (f, i)))
        {
            errors.Required($"details.scope_verksamhetsformer[{i}]", form).MaxLength($"details.scope_verksamhetsformer[{i}]", form, 40);
        }
        errors.Count("details.samverkan_partners", details.SamverkanPartners);
        foreach (var (partner, i) in details.SamverkanPartners.Select((p, i) => (p, i)))
        {
            errors.Required($"details.samverkan_partners[{i}]", partner).MaxLength($"details.samverkan_partners[{i}]", partner, 200);
        }
        return errors;
    }
}

internal sealed class DocumentRequestValidators :
    IRequestValidator<CreateDocumentRequest>, IRequestValidator<GetDocumentRequest>, IRequestValidator<ListDocumentsRequest>,
    IRequestValidator<LinkDocumentsRequest>, IRequestValidator<SearchDocumentsRequest>, IRequestValidator<ListOverdueDocumentsRequest>,
    IRequestValidator<CreateVersionRequest>, IRequestValidator<UpdateDraftRequest>, IRequestValidator<SubmitForReviewRequest>,
    IRequestValidator<ReturnToDraftRequest>, IRequestValidator<ApproveVersionRequest>, IRequestValidator<PublishVersionRequest>,
    IRequestValidator<ArchiveVersionRequest>, IRequestValidator<GetVersionRequest>, IRequestValidator<ListVersionsRequest>,
    IRequestValidator<DiffVersionsRequest>, IRequestValidator<UpdateDocumentSettingsRequest>
{
    public void Validate(CreateDocumentRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Details(request.Details).Markdown("content_markdown", request.ContentMarkdown);

    public void Validate(GetDocumentRequest request, ValidationErrors errors) => errors.Id("document_id", request.DocumentId);

    public void Validate(ListDocumentsRequest request, ValidationErrors errors) => errors
        .Page(request.PageSize, request.PageToken)
        .Defined("kind", request.Kind, required: false)
        .Defined("status", request.Status, required: false)
        .OptionalId("owner_unit_id", request.OwnerUnitId);

    public void Validate(LinkDocumentsRequest request, ValidationErrors errors) =>
        errors.Id("parent_document_id", request.ParentDocumentId).Id("child_document_id", request.ChildDocumentId);

    public void Validate(SearchDocumentsRequest request, ValidationErrors errors)
    {
        errors.MaxLength("query", request.Query, Rules.MaxQueryLength);
        if (DocumentSearch.Words(request.Query).Count is 0 or > 20)
        {
            errors.Add("query", "Ange 1–20 sökord.");
        }
        errors.Page(request.PageSize, request.PageToken)
            .Defined("kind", request.Kind, required: false)
            .Defined("status", request.Status, required: false)
            .OptionalId("unit_id", request.UnitId)
            .MaxLength("legal_reference", request.LegalReference, 100);
    }

    public void Validate(ListOverdueDocumentsRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);

    public void Validate(CreateVersionRequest request, ValidationErrors errors) => errors
        .Id("document_id", request.DocumentId)
        .Required("change_summary", request.ChangeSummary)
        .ShortText("change_summary", request.ChangeSummary)
        .Markdown("content_markdown", request.ContentMarkdown);

    public void Validate(UpdateDraftRequest request, ValidationErrors errors) => errors
        .Id("document_id", request.DocumentId)
        .Version("version_number", request.VersionNumber)
        .Markdown("content_markdown", request.ContentMarkdown)
        .ShortText("change_summary", request.ChangeSummary);

    public void Validate(SubmitForReviewRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Version("version_number", request.VersionNumber);

    public void Validate(ReturnToDraftRequest request, ValidationErrors errors) => errors
        .Id("document_id", request.DocumentId)
        .Version("version_number", request.VersionNumber)
        .Required("comment", request.Comment)
        .ShortText("comment", request.Comment);

    public void Validate(ApproveVersionRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Version("version_number", request.VersionNumber);

    public void Validate(PublishVersionRequest request, ValidationErrors errors)
    {
        errors.Id("document_id", request.DocumentId).Version("version_number", request.VersionNumber);
        if (!IsoDates.IsDate(request.EffectiveDate))
        {
            errors.Add("effective_date", "Ange datumet som ÅÅÅÅ-MM-DD.");
        }
    }

    public void Validate(ArchiveVersionRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Version("version_number", request.VersionNumber);

    public void Validate(GetVersionRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Version("version_number", request.VersionNumber);

    public void Validate(ListVersionsRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Page(request.PageSize, request.PageToken);

    public void Validate(DiffVersionsRequest request, ValidationErrors errors) => errors
        .Id("document_id", request.DocumentId)
        .Version("from_version_number", request.FromVersionNumber)
        .Version("to_version_number", request.ToVersionNumber);

    public void Validate(UpdateDocumentSettingsRequest request, ValidationErrors errors)
    {
        if (request.Settings is null)
        {
            errors.Add("settings", "Inställningarna saknas.");
        }
    }
}

internal sealed class AcknowledgementRequestValidators :
    IRequestValidator<SetAcknowledgementTargetsRequest>, IRequestValidator<AcknowledgeVersionRequest>,
    IRequestValidator<ListAcknowledgementStatusRequest>, IRequestValidator<SendAcknowledgementRemindersRequest>
{
    public void Validate(SetAcknowledgementTargetsRequest request, ValidationErrors errors)
    {
        errors.Id("document_id", request.DocumentId).Count("targets", request.Targets);
        foreach (var (target, i) in request.Targets.Select((t, i) => (t, i)))
        {
            errors.Defined($"targets[{i}].role", target.Role).Id($"targets[{i}].unit_id", target.UnitId);
        }
    }

    public void Validate(AcknowledgeVersionRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Version("version_number", request.VersionNumber);

    public void Validate(ListAcknowledgementStatusRequest request, ValidationErrors errors) => errors
        .Id("document_id", request.DocumentId)
        .Version("version_number", request.VersionNumber)
        .Page(request.PageSize, request.PageToken);

    public void Validate(SendAcknowledgementRemindersRequest request, ValidationErrors errors) => errors.Id("document_id", request.DocumentId);
}

internal sealed class SharingRequestValidators :
    IRequestValidator<ShareDocumentRequest>, IRequestValidator<ListSharedDocumentsRequest>, IRequestValidator<AdoptDocumentRequest>,
    IRequestValidator<GetUpstreamChangesRequest>, IRequestValidator<AcceptUpstreamVersionRequest>, IRequestValidator<DownloadFileRequest>
{
    public void Validate(ShareDocumentRequest request, ValidationErrors errors)
    {
        errors.Id("document_id", request.DocumentId).Count("tenant_ids", request.TenantIds, 100);
        if (!request.ToAllTenants && request.TenantIds.Count == 0)
        {
            errors.Add("tenant_ids", "Ange minst en organisation, eller dela till alla.");
        }
        foreach (var (tenant, i) in request.TenantIds.Select((t, i) => (t, i)))
        {
            errors.Id($"tenant_ids[{i}]", tenant);
        }
    }

    public void Validate(ListSharedDocumentsRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);

    public void Validate(AdoptDocumentRequest request, ValidationErrors errors) => errors
        .Id("upstream_tenant_id", request.UpstreamTenantId)
        .Id("upstream_document_id", request.UpstreamDocumentId)
        .Id("document_id", request.DocumentId)
        .Id("owner_unit_id", request.OwnerUnitId)
        .Defined("approving_role", request.ApprovingRole, required: false)
        .Markdown("local_sections_markdown", request.LocalSectionsMarkdown);

    public void Validate(GetUpstreamChangesRequest request, ValidationErrors errors) => errors.Id("document_id", request.DocumentId);

    public void Validate(AcceptUpstreamVersionRequest request, ValidationErrors errors) => errors.Id("document_id", request.DocumentId);

    public void Validate(DownloadFileRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Version("version_number", request.VersionNumber);
}
