using Ledningssystem.Organizations.Domain;
using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Organizations.Tests.Domain;

/// <summary>The states of tenants, contracts and role assignments, on the domain objects alone.</summary>
public sealed class LifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly Contact Registrator = new("Registrator", "registrator@example.se", "");

    [Fact]
    public void A_tenant_is_suspended_and_reactivated_once_each()
    {
        var tenant = Register("omsorg", TenantKind.Committee);

        Assert.True(tenant.Suspend("Avtalet upphört.", Now));
        Assert.False(tenant.Suspend("Igen.", Now.AddDays(1)));
        Assert.Equal((Now, "Avtalet upphört."), (tenant.SuspendedAt, tenant.SuspensionReason));
        Assert.Equal("TENANT_SUSPENDED", Assert.Throws<OrganizationRuleException>(tenant.EnsureActive).Reason);

        Assert.True(tenant.Reactivate());
        Assert.False(tenant.Reactivate());
        Assert.False(tenant.IsSuspended);
        tenant.EnsureActive();
    }

    [Fact]
    public void The_regions_own_tenant_is_never_suspended()
    {
        var region = Register("region", TenantKind.Region);

        Assert.Equal("REGION_NOT_SUSPENDABLE", Assert.Throws<OrganizationRuleException>(() => region.Suspend("Nej.", Now)).Reason);
        Assert.False(region.IsSuspended);
    }

    [Fact]
    public void A_contract_links_a_committee_to_an_active_private_provider_and_ends_once()
    {
        var committee = Register("omsorg", TenantKind.Committee);
        var provider = Register("vard-ab", TenantKind.PrivateProvider);

        Assert.Equal("PURCHASER_NOT_COMMITTEE", LinkRefused(provider, provider));
        Assert.Equal("PROVIDER_NOT_PRIVATE", LinkRefused(committee, committee));
        provider.Suspend("Granskas.", Now);
        Assert.Equal("TENANT_SUSPENDED", LinkRefused(committee, provider));
        provider.Reactivate();

        var contract = Contract.Link("avtal-1", committee, provider, "Hemtjänst", [Verksamhetsform.Aldreomsorg], Now, Now);

        Assert.Equal(("omsorg", "vard-ab"), (contract.TenantId, contract.ProviderTenantId));
        Assert.True(contract.End(Now.AddDays(30)));
        Assert.False(contract.End(Now.AddDays(31)));
        Assert.Equal(Now.AddDays(30), contract.EndedAt);
    }

    [Fact]
    public void A_role_assignment_holds_from_its_start_until_its_end_or_revocation()
    {
        var tenant = Register("omsorg", TenantKind.Committee);
        var root = Unit.CreateRoot("omsorg", "root", "Förvaltningen", [], Now);
        var unit = root.CreateChild("unit", "Enhet", [], Now);
        var assignment = RoleAssignment.Assign("a1", "anna", Role.UnitManager, unit, tenant, Now, Now.AddDays(10), "admin", Now);

        Assert.False(assignment.IsActiveAt(Now.AddTicks(-1)));
        Assert.True(assignment.IsActiveAt(Now));
        Assert.False(assignment.IsActiveAt(Now.AddDays(10)));
        Assert.True(RoleAssignment.ActiveAt(Now.AddDays(1)).Compile()(assignment));

        Assert.True(assignment.Revoke("admin", Now.AddDays(1)));
        Assert.False(assignment.Revoke("admin", Now.AddDays(2)));
        Assert.Equal((Now.AddDays(1), "admin"), (assignment.RevokedAt, assignment.RevokedBy));
        Assert.False(assignment.IsActiveAt(Now.AddDays(2)));
        Assert.False(RoleAssignment.ActiveAt(Now.AddDays(2)).Compile()(assignment));
    }

    [Fact]
    public void Roles_are_assigned_only_where_they_may_be_held()
    {
        var tenant = Register("omsorg", TenantKind.Committee);
        var root = Unit.CreateRoot("omsorg", "root", "Förvaltningen", [], Now);
        var unit = root.CreateChild("unit", "Enhet", [], Now);
        var closed = root.CreateChild("closed", "Stängd enhet", [], Now);
        closed.Close([], Now);

        Assert.Equal("UNIT_CLOSED", AssignRefused(Role.UnitManager, closed, tenant));
        Assert.Equal("TENANT_ADMIN_ON_TOP_UNIT", AssignRefused(Role.TenantAdmin, unit, tenant));
        Assert.Equal("REGION_ADMIN_OUTSIDE_REGION", AssignRefused(Role.RegionAdmin, root, tenant));
        Assert.Equal(Role.TenantAdmin, RoleAssignment.Assign("a1", "anna", Role.TenantAdmin, root, tenant, Now, null, "region", Now).Role);
    }

    private static Tenant Register(string id, TenantKind kind) =>
        Tenant.Register(id, kind, OrganisationNumber.Parse("212000-0142"), id, Registrator, "root", Now);

    private static string LinkRefused(Tenant purchaser, Tenant provider) =>
        Assert.Throws<OrganizationRuleException>(() => Contract.Link("avtal", purchaser, provider, "Avtal", [], Now, Now)).Reason;

    private static string AssignRefused(Role role, Unit unit, Tenant tenant) =>
        Assert.Throws<OrganizationRuleException>(() => RoleAssignment.Assign("a", "anna", role, unit, tenant, Now, null, "admin", Now)).Reason;
}
