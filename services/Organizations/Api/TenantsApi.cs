using Grpc.Core;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Organizations.Events;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Organizations.Api;

/// <summary>
/// The region admin's work on huvudmän. It acts inside the tenant it names (<see cref="TenantContext.Use"/>), so the
/// tenant filter and the write guard apply as for the tenant's own users, and each event belongs to that tenant.
/// </summary>
public sealed class TenantsApi(OrganizationsDb db, OrganizationChanges changes, RoleAssigner assigner, ICallerAccessor callers, TimeProvider clock) : TenantService.TenantServiceBase
{
    public override async Task<RegisterTenantResponse> RegisterTenant(RegisterTenantRequest request, ServerCallContext context)
    {
        callers.RequireRegionAdmin();
        var kind = request.Kind.ToDomain();
        var number = Domain.OrganisationNumber.Parse(request.OrganisationNumber);
        using (TenantContext.Use(request.TenantId))
        {
            if (await changes.StartAsync(context.CancellationToken) is { } existing)
            {
                return existing.IsRegisteredAs(kind, number, request.RootUnitId)
                    ? new RegisterTenantResponse { Tenant = existing.ToProto() }
                    : throw RpcErrors.AlreadyExists($"Organisationen {request.TenantId} finns redan med andra uppgifter.");
            }
            var now = clock.Now();
            var contact = request.Contact ?? new Contact();
            var tenant = Domain.Tenant.Register(
                request.TenantId, kind, number, request.Name.Trim(), new Domain.Contact(contact.Name.Trim(), contact.Email.Trim(), contact.Phone.Trim()), request.RootUnitId, now);
            changes.Register(tenant, Domain.Unit.CreateRoot(tenant.TenantId, request.RootUnitId, request.RootUnitName.Trim(), request.RootUnitVerksamhetsformer.ToDomain(), now));
            await changes.CommitAsync(context.CancellationToken);
            return new RegisterTenantResponse { Tenant = tenant.ToProto() };
        }
    }

    public override async Task<GetTenantResponse> GetTenant(GetTenantRequest request, ServerCallContext context)
    {
        var caller = callers.Required;
        if (!caller.IsRegionAdmin() && caller.TenantId != request.TenantId)
        {
            throw Lookups.TenantNotFound(request.TenantId);
        }
        using (TenantContext.Use(request.TenantId))
        {
            var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(context.CancellationToken) ?? throw Lookups.TenantNotFound(request.TenantId);
            return new GetTenantResponse { Tenant = tenant.ToProto() };
        }
    }

    public override async Task<ListTenantsResponse> ListTenants(ListTenantsRequest request, ServerCallContext context)
    {
        callers.RequireRegionAdmin();
        var tenants = db.Tenants.AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter]);
        if (request.Kind != Common.TenantKind.Unspecified)
        {
            var kind = request.Kind.ToDomain();
            tenants = tenants.Where(t => t.Kind == kind);
        }
        var page = await tenants.PageAsync(request.PageSize, request.PageToken, context.CancellationToken);
        return new ListTenantsResponse { Tenants = { page.Items.Select(t => t.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<SuspendTenantResponse> SuspendTenant(SuspendTenantRequest request, ServerCallContext context)
    {
        var tenant = await ChangeAsync(request.TenantId, t => t.Suspend(request.Reason.Trim(), clock.Now()), OrganizationEvents.Suspended, context);
        return new SuspendTenantResponse { Tenant = tenant.ToProto() };
    }

    public override async Task<ReactivateTenantResponse> ReactivateTenant(ReactivateTenantRequest request, ServerCallContext context)
    {
        var now = clock.Now();
        var tenant = await ChangeAsync(request.TenantId, t => t.Reactivate(), t => OrganizationEvents.Reactivated(t, now), context);
        return new ReactivateTenantResponse { Tenant = tenant.ToProto() };
    }

    public override async Task<AssignTenantAdminResponse> AssignTenantAdmin(AssignTenantAdminRequest request, ServerCallContext context)
    {
        var caller = callers.RequireRegionAdmin();
        var ct = context.CancellationToken;
        using (TenantContext.Use(request.TenantId))
        {
            var tenant = await changes.StartAsync(ct) ?? throw Lookups.TenantNotFound(request.TenantId);
            var assignment = await assigner.AssignAsync(tenant, new AssignRoleRequest
            {
                AssignmentId = request.AssignmentId,
                UserId = request.UserId,
                Role = Common.Role.TenantAdmin,
                UnitId = tenant.RootUnitId,
                ValidFrom = request.ValidFrom,
                ValidTo = request.ValidTo,
            }, caller.UserId, ct);
            return new AssignTenantAdminResponse { Assignment = assignment.ToProto() };
        }
    }

    public override async Task<RepublishTenantResponse> RepublishTenant(RepublishTenantRequest request, ServerCallContext context)
    {
        callers.RequireRegionAdmin();
        var ct = context.CancellationToken;
        using (TenantContext.Use(request.TenantId))
        {
            var tenant = await changes.StartAsync(ct) ?? throw Lookups.TenantNotFound(request.TenantId);
            var events = OrganizationEvents.Snapshot(
                tenant,
                await db.Units.AsNoTracking().ToListAsync(ct),
                await db.RoleAssignments.AsNoTracking().ToListAsync(ct),
                await db.Contracts.AsNoTracking().ToListAsync(ct)).ToList();
            events.ForEach(changes.Publish);
            await changes.CommitAsync(ct);
            return new RepublishTenantResponse { EventCount = events.Count };
        }
    }

    private async Task<Domain.Tenant> ChangeAsync(string tenantId, Func<Domain.Tenant, bool> change, Func<Domain.Tenant, Google.Protobuf.IMessage> changed, ServerCallContext context)
    {
        callers.RequireRegionAdmin();
        using (TenantContext.Use(tenantId))
        {
            var tenant = await changes.StartAsync(context.CancellationToken) ?? throw Lookups.TenantNotFound(tenantId);
            if (change(tenant))
            {
                changes.Publish(changed(tenant));
                await changes.CommitAsync(context.CancellationToken);
            }
            return tenant;
        }
    }
}
