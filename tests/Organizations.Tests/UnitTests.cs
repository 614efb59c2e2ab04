using Grpc.Core;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Tests.Support;

namespace Ledningssystem.Organizations.Tests;

[Collection(OrganizationsGroup.Name)]
[Trait("Category", "Database")]
public sealed class UnitTests(OrganizationsFixture platform)
{
    [Fact]
    public async Task The_tenant_admin_creates_renames_and_moves_units()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var area = await CreateAsync(admin, Demo.OmsorgRoot, "Område Väst", Verksamhetsform.Aldreomsorg);
        var unit = await CreateAsync(admin, Demo.OmsorgRoot, "Hemtjänst Väster", Verksamhetsform.Aldreomsorg, Verksamhetsform.Hsl);
        var head = await platform.Service.OutboxHeadAsync();

        var renamed = (await admin.Units.RenameUnitAsync(new RenameUnitRequest { UnitId = unit.UnitId, Name = "Hemtjänst Västerhöjd" })).Unit;
        var moved = (await admin.Units.MoveUnitAsync(new MoveUnitRequest { UnitId = unit.UnitId, NewParentUnitId = area.UnitId })).Unit;
        var movedAgain = (await admin.Units.MoveUnitAsync(new MoveUnitRequest { UnitId = unit.UnitId, NewParentUnitId = area.UnitId })).Unit;

        Assert.Equal([Demo.OmsorgRoot], unit.AncestorUnitIds);
        Assert.Equal([Verksamhetsform.Aldreomsorg, Verksamhetsform.Hsl], unit.Verksamhetsformer);
        Assert.Equal("Hemtjänst Västerhöjd", renamed.Name);
        Assert.Equal(area.UnitId, moved.ParentUnitId);
        Assert.Equal([Demo.OmsorgRoot, area.UnitId], moved.AncestorUnitIds);
        Assert.Equal(moved, movedAgain);
        Assert.Equal(
            ["ledningssystem.events.v1.UnitRenamed", "ledningssystem.events.v1.UnitMoved"],
            (await platform.Service.OutboxAfterAsync(head)).Select(e => e.Topic));
    }

    [Fact]
    public async Task Creating_a_unit_again_with_its_id_changes_nothing_and_other_content_is_refused()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var request = new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = Demo.OmsorgRoot, Name = "Korttidsboendet" };
        var created = (await admin.Units.CreateUnitAsync(request)).Unit;
        var head = await platform.Service.OutboxHeadAsync();

        var repeated = (await admin.Units.CreateUnitAsync(request)).Unit;
        await Expect.FailsAsync(StatusCode.AlreadyExists, admin.Units.CreateUnitAsync(new CreateUnitRequest(request) { Name = "Annat namn" }));

        Assert.Equal(created, repeated);
        Assert.Equal(head, await platform.Service.OutboxHeadAsync());
    }

    [Fact]
    public async Task A_move_into_the_units_own_subtree_is_refused_and_changes_nothing()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var top = await CreateAsync(admin, Demo.OmsorgRoot, "Område Öst");
        var middle = await CreateAsync(admin, top.UnitId, "Hemtjänst Öst");
        var bottom = await CreateAsync(admin, middle.UnitId, "Nattpatrullen");
        var head = await platform.Service.OutboxHeadAsync();

        var intoGrandchild = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            admin.Units.MoveUnitAsync(new MoveUnitRequest { UnitId = top.UnitId, NewParentUnitId = bottom.UnitId }));
        var underItself = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            admin.Units.MoveUnitAsync(new MoveUnitRequest { UnitId = middle.UnitId, NewParentUnitId = middle.UnitId }));
        var topUnit = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            admin.Units.MoveUnitAsync(new MoveUnitRequest { UnitId = Demo.OmsorgRoot, NewParentUnitId = top.UnitId }));
        var after = (await admin.Units.GetUnitAsync(new GetUnitRequest { UnitId = bottom.UnitId })).Unit;

        Assert.Equal("MOVE_INTO_OWN_SUBTREE", intoGrandchild);
        Assert.Equal("MOVE_INTO_OWN_SUBTREE", underItself);
        Assert.Equal("TOP_UNIT_FIXED", topUnit);
        Assert.Equal([Demo.OmsorgRoot, top.UnitId, middle.UnitId], after.AncestorUnitIds);
        Assert.Equal(head, await platform.Service.OutboxHeadAsync());
    }

    [Fact]
    public async Task A_closed_unit_keeps_its_history_and_takes_no_more_changes()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var parent = await CreateAsync(admin, Demo.OmsorgRoot, "Dagverksamheten");
        var child = await CreateAsync(admin, parent.UnitId, "Dagverksamheten, grupp 2");
        var held = await admin.Assignments.AssignRoleAsync(new AssignRoleRequest
        {
            AssignmentId = Ids.New("tilldelning"), UserId = Demo.OmsorgEmployeeSub, Role = Role.UnitManager, UnitId = child.UnitId,
        });
        var staff = await platform.AsAsync(Demo.OmsorgEmployee);
        var before = await staff.Assignments.GetEffectiveRolesAsync(new GetEffectiveRolesRequest { UnitId = child.UnitId });

        var openChild = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, admin.Units.CloseUnitAsync(new CloseUnitRequest { UnitId = parent.UnitId }));
        var closed = (await admin.Units.CloseUnitAsync(new CloseUnitRequest { UnitId = child.UnitId })).Unit;
        var head = await platform.Service.OutboxHeadAsync();
        var closedAgain = (await admin.Units.CloseUnitAsync(new CloseUnitRequest { UnitId = child.UnitId })).Unit;
        var rename = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            admin.Units.RenameUnitAsync(new RenameUnitRequest { UnitId = child.UnitId, Name = "Nytt namn" }));
        var newChild = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            admin.Units.CreateUnitAsync(new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = child.UnitId, Name = "Under stängd" }));
        var kept = (await admin.Units.GetUnitAsync(new GetUnitRequest { UnitId = child.UnitId })).Unit;
        var open = await admin.Units.ListUnitsAsync(new ListUnitsRequest { SubtreeUnitId = parent.UnitId });
        var all = await admin.Units.ListUnitsAsync(new ListUnitsRequest { SubtreeUnitId = parent.UnitId, IncludeClosed = true });
        var after = await staff.Assignments.GetEffectiveRolesAsync(new GetEffectiveRolesRequest { UnitId = child.UnitId });

        Assert.Equal("OPEN_SUB_UNITS", openChild);
        Assert.True(closed.Closed);
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(closed, closedAgain);
        Assert.Equal(head, await platform.Service.OutboxHeadAsync());
        Assert.Equal(("UNIT_CLOSED", "PARENT_UNIT_CLOSED"), (rename, newChild));
        Assert.Equal((closed.Name, true), (kept.Name, kept.Closed));
        Assert.Equal([parent.UnitId], open.Units.Select(u => u.UnitId));
        Assert.Equal([parent.UnitId, child.UnitId], all.Units.Select(u => u.UnitId));
        Assert.Equal([held.Assignment.AssignmentId], before.Roles.Where(r => r.Role == Role.UnitManager).Select(r => r.AssignmentId));
        Assert.DoesNotContain(after.Roles, r => r.Role == Role.UnitManager);
    }

    [Fact]
    public async Task Another_tenants_unit_is_not_found()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);

        await Expect.FailsAsync(StatusCode.NotFound, admin.Units.GetUnitAsync(new GetUnitRequest { UnitId = "aldrenamnden.hemtjanst-norr" }));
        await Expect.FailsAsync(StatusCode.NotFound, admin.Units.RenameUnitAsync(new RenameUnitRequest { UnitId = "aldrenamnden.hemtjanst-norr", Name = "Kapad" }));
        await Expect.FailsAsync(StatusCode.NotFound, admin.Units.CreateUnitAsync(
            new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = "aldrenamnden.hemtjanst", Name = "Inkräktare" }));
        await Expect.FailsAsync(StatusCode.NotFound, admin.Units.MoveUnitAsync(
            new MoveUnitRequest { UnitId = "omsorg-ab.hemtjanst-city", NewParentUnitId = "aldrenamnden.hemtjanst" }));
    }

    [Theory]
    [InlineData(Demo.OmsorgEmployee, Demo.OmsorgRoot)]
    [InlineData(Demo.AldreUnitManager, "aldrenamnden.hemtjanst-norr")]
    public async Task Staff_without_the_tenant_admin_role_cannot_change_units(string username, string unitId)
    {
        var staff = await platform.AsAsync(username);

        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.Units.CreateUnitAsync(new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = unitId, Name = "Ny" }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.Units.RenameUnitAsync(new RenameUnitRequest { UnitId = unitId, Name = "Nytt namn" }));
    }

    [Fact]
    public async Task Staff_see_the_units_at_and_below_their_own()
    {
        var employee = await platform.AsAsync(Demo.AldreEmployee);
        var areaManager = await platform.AsAsync("olof.olsson");

        var own = await employee.Units.ListUnitsAsync(new ListUnitsRequest());
        var area = await areaManager.Units.ListUnitsAsync(new ListUnitsRequest());
        await Expect.FailsAsync(StatusCode.PermissionDenied, employee.Units.GetUnitAsync(new GetUnitRequest { UnitId = "aldrenamnden.forvaltning" }));

        Assert.Equal(["aldrenamnden.hemtjanst-norr"], own.Units.Select(u => u.UnitId));
        Assert.Equal(["aldrenamnden.hemtjanst", "aldrenamnden.hemtjanst-norr", "aldrenamnden.hemtjanst-syd"], area.Units.Select(u => u.UnitId));
    }

    [Fact]
    public async Task A_subtree_is_listed_page_by_page_and_filtered_by_verksamhetsform()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var area = await CreateAsync(admin, Demo.OmsorgRoot, "Område Syd");
        for (var i = 1; i <= 5; i++)
        {
            await CreateAsync(admin, area.UnitId, $"Grupp {i}", i % 2 == 0 ? Verksamhetsform.Lss : Verksamhetsform.Aldreomsorg);
        }
        var request = new ListUnitsRequest { SubtreeUnitId = area.UnitId, PageSize = 2 };

        var first = await admin.Units.ListUnitsAsync(request);
        var second = await admin.Units.ListUnitsAsync(new ListUnitsRequest(request) { PageToken = first.NextPageToken });
        var third = await admin.Units.ListUnitsAsync(new ListUnitsRequest(request) { PageToken = second.NextPageToken });
        var lss = await admin.Units.ListUnitsAsync(new ListUnitsRequest { SubtreeUnitId = area.UnitId, Verksamhetsform = Verksamhetsform.Lss });

        Assert.Equal([2, 2, 2], new[] { first.Units.Count, second.Units.Count, third.Units.Count });
        Assert.Equal("", third.NextPageToken);
        Assert.Equal(
            ["Område Syd", "Grupp 1", "Grupp 2", "Grupp 3", "Grupp 4", "Grupp 5"],
            first.Units.Concat(second.Units).Concat(third.Units).Select(u => u.Name));
        Assert.Equal(["Grupp 2", "Grupp 4"], lss.Units.Select(u => u.Name));
    }

    [Fact]
    public async Task Unusable_ids_and_missing_names_are_refused_with_field_violations()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, admin.Units.CreateUnitAsync(new CreateUnitRequest
        {
            UnitId = "omsorg/ab",
            Name = " ",
            Verksamhetsformer = { (Verksamhetsform)42 },
        }));

        Assert.Equal(["name", "parent_unit_id", "unit_id", "verksamhetsformer"], Expect.FieldViolations(refused).Order(StringComparer.Ordinal));
    }

    private static async Task<Unit> CreateAsync(OrganizationClients admin, string parentId, string name, params Verksamhetsform[] forms) =>
        (await admin.Units.CreateUnitAsync(new CreateUnitRequest
        {
            UnitId = Ids.New("enhet"),
            ParentUnitId = parentId,
            Name = name,
            Verksamhetsformer = { forms },
        })).Unit;
}
