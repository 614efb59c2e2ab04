using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Organizations.Api;

public sealed class LinkContractValidator : IRequestValidator<LinkContractRequest>
{
    public void Validate(LinkContractRequest request, ValidationErrors errors)
    {
        errors.Id("contract_id", request.ContractId)
            .TenantId("purchaser_tenant_id", request.PurchaserTenantId)
            .TenantId("provider_tenant_id", request.ProviderTenantId)
            .Name("title", request.Title)
            .Verksamhetsformer("verksamhetsformer", request.Verksamhetsformer);
        if (request.ProviderTenantId.Length > 0 && request.ProviderTenantId == request.PurchaserTenantId)
        {
            errors.Add("provider_tenant_id", "Beställare och utförare måste vara olika organisationer.");
        }
    }
}

public sealed class EndContractValidator : IRequestValidator<EndContractRequest>
{
    public void Validate(EndContractRequest request, ValidationErrors errors) => errors
        .TenantId("purchaser_tenant_id", request.PurchaserTenantId)
        .Id("contract_id", request.ContractId);
}

public sealed class ListContractsValidator : IRequestValidator<ListContractsRequest>
{
    public void Validate(ListContractsRequest request, ValidationErrors errors)
    {
        errors.Page(request.PageSize, request.PageToken).TenantId("tenant_id", request.TenantId);
        if (!Enum.IsDefined(request.Party))
        {
            errors.Add("party", "Okänd avtalspart.");
        }
    }
}
