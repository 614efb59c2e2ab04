using Grpc.Core;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.Organizations.Events;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Organizations.Api;

/// <summary>
/// Contracts between a nämnd and its providers. A contract belongs to the purchasing nämnd (the tenant its events
/// belong to); the provider reads it across the tenant filter, which is this feature's one cross-tenant read.
/// </summary>
public sealed class ContractsApi(OrganizationsDb db, OrganizationChanges changes, IAccessControl access, ICallerAccessor callers, TimeProvider clock)
    : ContractService.ContractServiceBase
{
    public override async Task<LinkContractResponse> LinkContract(LinkContractRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await RequireContractAdminAsync(request.PurchaserTenantId, ct);
        using (TenantContext.Use(request.PurchaserTenantId))
        {
            var purchaser = await changes.StartAsync(ct) ?? throw Lookups.TenantNotFound(request.PurchaserTenantId);
            if (await db.Contracts.SingleOrDefaultAsync(c => c.Id == request.ContractId, ct) is { } existing)
            {
                return existing.IsLinkedAs(request.ProviderTenantId)
                    ? new LinkContractResponse { Contract = existing.ToProto() }
                    : throw RpcErrors.AlreadyExists($"Avtalet {request.ContractId} finns redan med andra uppgifter.");
            }
            var provider = await AnyTenant(request.ProviderTenantId).SingleOrDefaultAsync(ct) ?? throw Lookups.TenantNotFound(request.ProviderTenantId);
            var now = clock.Now();
            var contract = Domain.Contract.Link(
                request.ContractId, purchaser, provider, request.Title.Trim(), request.Verksamhetsformer.ToDomain(), request.ValidFrom?.ToInstant() ?? now, now);
            changes.Add(contract);
            await changes.CommitAsync(ct);
            return new LinkContractResponse { Contract = contract.ToProto() };
        }
    }

    public override async Task<EndContractResponse> EndContract(EndContractRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await RequireContractAdminAsync(request.PurchaserTenantId, ct);
        using (TenantContext.Use(request.PurchaserTenantId))
        {
            _ = await changes.StartAsync(ct) ?? throw Lookups.TenantNotFound(request.PurchaserTenantId);
            var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == request.ContractId, ct)
                ?? throw RpcErrors.NotFound($"Avtalet {request.ContractId} finns inte.");
            if (contract.End(clock.Now()))
            {
                changes.Publish(OrganizationEvents.Ended(contract));
                await changes.CommitAsync(ct);
            }
            return new EndContractResponse { Contract = contract.ToProto() };
        }
    }

    public override async Task<ListContractsResponse> ListContracts(ListContractsRequest request, ServerCallContext context)
    {
        var caller = callers.Required;
        if (request.TenantId != caller.TenantId && !caller.IsRegionAdmin())
        {
            throw RpcErrors.PermissionDenied("Du kan bara se din egen organisations avtal.");
        }
        var tenantId = request.TenantId;
        var contracts = db.Contracts.AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter]);
        contracts = request.Party switch
        {
            ContractParty.Purchaser => contracts.Where(c => c.TenantId == tenantId),
            ContractParty.Provider => contracts.Where(c => c.ProviderTenantId == tenantId),
            _ => contracts.Where(c => c.TenantId == tenantId || c.ProviderTenantId == tenantId),
        };
        if (!request.IncludeEnded)
        {
            contracts = contracts.Where(c => c.EndedAt == null);
        }
        var page = await contracts.PageAsync(request.PageSize, request.PageToken, context.CancellationToken);
        return new ListContractsResponse { Contracts = { page.Items.Select(c => c.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    /// <summary>The region admin, or the purchasing nämnd's own tenant admin.</summary>
    private async Task RequireContractAdminAsync(string purchaserTenantId, CancellationToken cancellationToken)
    {
        var caller = callers.Required;
        if (caller.IsRegionAdmin())
        {
            return;
        }
        if (caller.TenantId != purchaserTenantId)
        {
            throw RpcErrors.PermissionDenied("Bara beställarens administratör eller regionens administratör får ändra avtalet.");
        }
        await access.RequireTenantWideAsync(OrganizationPermissions.Manage, cancellationToken);
    }

    private IQueryable<Domain.Tenant> AnyTenant(string tenantId) =>
        db.Tenants.AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(t => t.TenantId == tenantId);
}
