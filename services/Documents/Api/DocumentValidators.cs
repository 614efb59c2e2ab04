using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Documents.Search;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Documents.Api;

/// <summary>The document requests: creating, reading, listing, linking and searching documents.</summary>
internal sealed class DocumentValidators :
    IRequestValidator<CreateDocumentRequest>, IRequestValidator<GetDocumentRequest>,
    IRequestValidator<ListDocumentsRequest>, IRequestValidator<LinkDocumentsRequest>,
    IRequestValidator<SearchDocumentsRequest>, IRequestValidator<ListOverdueDocumentsRequest>
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
}
