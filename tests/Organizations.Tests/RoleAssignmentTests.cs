using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Tests.Support;

namespace Ledningssystem.Organizations.Tests;

[Collection(OrganizationsGroup.Name)]
[Trait("Category", "Database")]
public sealed class RoleAssignmentTests(OrganizationsFixture platform)
{
    [Theory]
    [InlineData(Demo.OmsorgEmployee)]
    [InlineData(Demo.AldreEmployee)]
    [InlineData(Demo.AldreUnitManager)]
    public async Task Staff_without_the_tenant_admin_role_cannot_assign_or_revoke_roles(string username)
    {
        var staff = await platform.AsAsync(username);

        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.Assignments.AssignRoleAsync(new AssignRoleRequest
        {
            AssignmentId = Ids.New("tilldelning"), UserId = "ny-person", Role = Role.UnitManager, UnitId = "aldrenamnden.hemtjanst-norr",
        }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.Assignments.RevokeRoleAsync(new RevokeRoleRequest { AssignmentId = "demo.erik.eriksson" }));
    }

    [Fact]
    public async Task An_assignment_counts_at_once_and_a_revocation_ends_it_at_once()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var staff = await platform.AsAsync(Demo.OmsorgEmployee);
        var unit = (await admin.Units.CreateUnitAsync(new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = Demo.OmsorgRoot, Name = "Boendestödet" })).Unit;
        var deniedBefore = await Expect.FailsAsync(StatusCode.PermissionDenied, staff.Units.GetUnitAsync(new GetUnitRequest { UnitId = unit.UnitId }));
        var request = new AssignRoleRequest
        {
            AssignmentId = Ids.New("tilldelning"),
            UserId = Demo.OmsorgEmployeeSub,
            Role = Role.UnitManager,
            UnitId = unit.UnitId,
            ValidTo = Timestamp.FromDateTimeOffset(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(90), TimeSpan.Zero)),
        };
        var head = await platform.Service.OutboxHeadAsync();

        var assigned = (await admin.Assignments.AssignRoleAsync(request)).Assignment;
        var repeated = (await admin.Assignments.AssignRoleAsync(request)).Assignment;
        var visible = (await staff.Units.GetUnitAsync(new GetUnitRequest { UnitId = unit.UnitId })).Unit;
        var effective = await staff.Assignments.GetEffectiveRolesAsync(new GetEffectiveRolesRequest { UnitId = unit.UnitId });
        var revoked = (await admin.Assignments.RevokeRoleAsync(new RevokeRoleRequest { AssignmentId = assigned.AssignmentId })).Assignment;
        await admin.Assignments.RevokeRoleAsync(new RevokeRoleRequest { AssignmentId = assigned.AssignmentId });
        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.Units.GetUnitAsync(new GetUnitRequest { UnitId = unit.UnitId }));

        Assert.NotNull(deniedBefore);
        Assert.Equal(assigned, repeated);
        Assert.Equal("8d4f6f5c-4897-467b-939b-847f7f3db384", assigned.AssignedBy);
        Assert.Equal(unit.UnitId, visible.UnitId);
        var role = Assert.Single(effective.Roles, r => r.Role == Role.UnitManager);
        Assert.Equal((assigned.AssignmentId, unit.UnitId, request.ValidTo), (role.AssignmentId, role.HeldOnUnitId, role.ValidTo));
        Assert.NotNull(revoked.RevokedAt);
        Assert.Equal(
            ["ledningssystem.events.v1.RoleAssigned", "ledningssystem.events.v1.RoleRevoked"],
            (await platform.Service.OutboxAfterAsync(head)).Select(e => e.Topic));
    }

    [Fact]
    public async Task The_region_admin_bootstraps_a_tenant_admin_who_then_manages_only_that_tenant()
    {
        var region = await platform.AsAsync(Demo.RegionAdmin);
        var omsorgAdmin = await platform.AsAsync(Demo.OmsorgAdmin);
        var bootstrap = new AssignTenantAdminRequest { TenantId = "aldrenamnden", AssignmentId = Ids.New("tenant-admin"), UserId = Demo.AldreUnitManagerSub };

        await Expect.FailsAsync(StatusCode.PermissionDenied, omsorgAdmin.Tenants.AssignTenantAdminAsync(bootstrap));
        var assignment = (await region.Tenants.AssignTenantAdminAsync(bootstrap)).Assignment;
        var newAdmin = await platform.AsAsync(Demo.AldreUnitManager);
        var created = (await newAdmin.Units.CreateUnitAsync(
            new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = "aldrenamnden.sarskilt-boende", Name = "Korttidsvården" })).Unit;
        await Expect.FailsAsync(StatusCode.NotFound, newAdmin.Units.RenameUnitAsync(new RenameUnitRequest { UnitId = Demo.OmsorgRoot, Name = "Kapad" }));
        await newAdmin.Assignments.RevokeRoleAsync(new RevokeRoleRequest { AssignmentId = assignment.AssignmentId });
        await Expect.FailsAsync(StatusCode.PermissionDenied, newAdmin.Units.CloseUnitAsync(new CloseUnitRequest { UnitId = created.UnitId }));

        Assert.Equal((Role.TenantAdmin, "aldrenamnden.forvaltning", "aldrenamnden"), (assignment.Role, assignment.UnitId, assignment.TenantId));
        Assert.Equal("529e8f4e-bb59-4662-bb89-02cd48328913", assignment.AssignedBy);
    }

    [Fact]
    public async Task The_tenant_admin_role_is_held_on_the_top_unit_and_the_region_admin_role_only_in_the_region()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);

        var belowTop = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, admin.Assignments.AssignRoleAsync(new AssignRoleRequest
        {
            AssignmentId = Ids.New("tilldelning"), UserId = Demo.OmsorgEmployeeSub, Role = Role.TenantAdmin, UnitId = "omsorg-ab.hemtjanst-city",
        }));
        var regionAdmin = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, admin.Assignments.AssignRoleAsync(new AssignRoleRequest
        {
            AssignmentId = Ids.New("tilldelning"), UserId = Demo.OmsorgEmployeeSub, Role = Role.RegionAdmin, UnitId = Demo.OmsorgRoot,
        }));

        Assert.Equal(("TENANT_ADMIN_ON_TOP_UNIT", "REGION_ADMIN_OUTSIDE_REGION"), (belowTop, regionAdmin));
    }

    [Fact]
    public async Task Assignments_are_listed_where_the_caller_may_see_them_page_by_page()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var unitManager = await platform.AsAsync(Demo.AldreUnitManager);
        var employee = await platform.AsAsync(Demo.AldreEmployee);
        var pages = new List<ListRoleAssignmentsResponse>();
        var request = new ListRoleAssignmentsRequest { PageSize = 1 };
        do
        {
            pages.Add(await admin.Assignments.ListRoleAssignmentsAsync(request));
            request.PageToken = pages[^1].NextPageToken;
        }
        while (request.PageToken.Length > 0);

        var team = await unitManager.Assignments.ListRoleAssignmentsAsync(new ListRoleAssignmentsRequest());
        var othersForEmployee = await employee.Assignments.ListRoleAssignmentsAsync(new ListRoleAssignmentsRequest());
        var ownForEmployee = await employee.Assignments.ListRoleAssignmentsAsync(new ListRoleAssignmentsRequest { UserId = "27652323-7c26-4fe1-96ee-f1018394b552" });
        var managers = await unitManager.Assignments.ListRoleAssignmentsAsync(new ListRoleAssignmentsRequest { Role = Role.UnitManager });

        Assert.All(pages, p => Assert.True(p.Assignments.Count <= 1));
        Assert.Superset(
            new HashSet<string> { "demo.tove.thorsson", "demo.hanna.holm", "demo.service-account-omsorg-ab-integration" },
            pages.SelectMany(p => p.Assignments).Select(a => a.AssignmentId).ToHashSet());
        Assert.All(pages.SelectMany(p => p.Assignments), a => Assert.Equal("omsorg-ab", a.TenantId));
        Assert.Equal(["demo.anna.andersson", "demo.erik.eriksson"], team.Assignments.Select(a => a.AssignmentId).Order(StringComparer.Ordinal));
        Assert.Empty(othersForEmployee.Assignments);
        Assert.Equal(["demo.anna.andersson"], ownForEmployee.Assignments.Select(a => a.AssignmentId));
        Assert.Equal(["demo.erik.eriksson"], managers.Assignments.Select(a => a.AssignmentId));
    }

    [Fact]
    public async Task A_future_assignment_is_listed_as_inactive_and_does_not_count_yet()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var staff = await platform.AsAsync(Demo.OmsorgEmployee);
        var future = (await admin.Assignments.AssignRoleAsync(new AssignRoleRequest
        {
            AssignmentId = Ids.New("sommarvikarie"),
            UserId = Demo.OmsorgEmployeeSub,
            Role = Role.AreaManager,
            UnitId = Demo.OmsorgRoot,
            ValidFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(30)),
            ValidTo = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(60)),
        })).Assignment;

        var effective = await staff.Assignments.GetEffectiveRolesAsync(new GetEffectiveRolesRequest { UnitId = "omsorg-ab.hemtjanst-city" });
        var active = await admin.Assignments.ListRoleAssignmentsAsync(new ListRoleAssignmentsRequest { UserId = Demo.OmsorgEmployeeSub });
        var all = await admin.Assignments.ListRoleAssignmentsAsync(new ListRoleAssignmentsRequest { UserId = Demo.OmsorgEmployeeSub, IncludeInactive = true });
        await admin.Assignments.RevokeRoleAsync(new RevokeRoleRequest { AssignmentId = future.AssignmentId });

        Assert.Equal([(Role.Employee, "demo.hanna.holm")], effective.Roles.Select(r => (r.Role, r.AssignmentId)));
        Assert.DoesNotContain(active.Assignments, a => a.AssignmentId == future.AssignmentId);
        Assert.Contains(all.Assignments, a => a.AssignmentId == future.AssignmentId);
    }

    [Fact]
    public async Task Another_persons_roles_are_answered_only_to_those_who_may_see_assignments_there()
    {
        var unitManager = await platform.AsAsync(Demo.AldreUnitManager);
        var employee = await platform.AsAsync(Demo.AldreEmployee);
        var annasRoles = new GetEffectiveRolesRequest { UserId = "27652323-7c26-4fe1-96ee-f1018394b552", UnitId = "aldrenamnden.hemtjanst-norr" };

        var answered = await unitManager.Assignments.GetEffectiveRolesAsync(annasRoles);
        await Expect.FailsAsync(StatusCode.PermissionDenied, employee.Assignments.GetEffectiveRolesAsync(
            new GetEffectiveRolesRequest { UserId = Demo.AldreUnitManagerSub, UnitId = "aldrenamnden.hemtjanst-norr" }));

        Assert.Equal([(Role.Employee, "aldrenamnden.hemtjanst-norr")], answered.Roles.Select(r => (r.Role, r.HeldOnUnitId)));
    }

    [Fact]
    public async Task Dates_in_the_wrong_order_and_unknown_roles_are_refused_with_field_violations()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var now = DateTimeOffset.UtcNow;

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, admin.Assignments.AssignRoleAsync(new AssignRoleRequest
        {
            AssignmentId = Ids.New("tilldelning"),
            UserId = Demo.OmsorgEmployeeSub,
            UnitId = Demo.OmsorgRoot,
            ValidFrom = Timestamp.FromDateTimeOffset(now.AddDays(2)),
            ValidTo = Timestamp.FromDateTimeOffset(now.AddDays(1)),
        }));

        Assert.Equal(["role", "valid_to"], Expect.FieldViolations(refused).Order(StringComparer.Ordinal));
    }
}
