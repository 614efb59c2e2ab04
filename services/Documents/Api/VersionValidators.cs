using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Documents.Api;

/// <summary>The requests on a document's versions and their lifecycle.</summary>
internal sealed class VersionValidators :
    IRequestValidator<CreateVersionRequest>, IRequestValidator<UpdateDraftRequest>,
    IRequestValidator<SubmitForReviewRequest>, IRequestValidator<ReturnToDraftRequest>,
    IRequestValidator<ApproveVersionRequest>, IRequestValidator<PublishVersionRequest>,
    IRequestValidator<ArchiveVersionRequest>, IRequestValidator<GetVersionRequest>,
    IRequestValidator<ListVersionsRequest>, IRequestValidator<DiffVersionsRequest>
{
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
}
