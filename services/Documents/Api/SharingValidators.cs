using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Documents.Api;

/// <summary>The requests that share documents and adopt shared ones.</summary>
internal sealed class SharingValidators :
    IRequestValidator<ShareDocumentRequest>, IRequestValidator<ListSharedDocumentsRequest>,
    IRequestValidator<AdoptDocumentRequest>, IRequestValidator<GetUpstreamChangesRequest>,
    IRequestValidator<AcceptUpstreamVersionRequest>
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
}
