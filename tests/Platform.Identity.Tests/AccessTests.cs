using Grpc.Core;
using Ledningssystem.Identity.Tests.Records;
using Ledningssystem.Identity.Tests.Server;
using Ledningssystem.Identity.Tests.Support;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Access.Replica;

namespace Ledningssystem.Identity.Tests;

/// <summary>
/// Roles on unit subtrees, from the service's replica: what the Organizations service's events change takes
/// effect on the next call, with the same token.
/// </summary>
[Collection(OidcPlatformGroup.Name)]
public sealed class AccessTests(OidcPlatform platform)
{
    private RecordService.RecordServiceClient Client => platform.Server.Client;

    [Fact]
    public async Task A_role_on_a_parent_unit_holds_in_its_children()
    {
        var olle = await BearerAsync("olle");

        var record = await Client.GetRecordAsync(new GetRecordRequest { Id = "rec-a1" }, olle);
        var check = await CheckAsync("olle", "a.unit2");

        Assert.Equal("a.unit1", record.UnitId);
        Assert.True(check.CanRead);
        Assert.False(check.CanWrite); // records.write is granted by UnitManager only
    }

    [Fact]
    public async Task A_role_holds_neither_in_a_sibling_nor_above()
    {
        var anna = await BearerAsync("anna");

        var denied = await Assert.ThrowsAsync<RpcException>(() => Client.GetRecordAsync(new GetRecordRequest { Id = "rec-a2" }, anna).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal("Du saknar behörighet för detta.", denied.Status.Detail);
        Assert.True((await CheckAsync("anna", "a.unit1")).CanRead);
        Assert.False((await CheckAsync("anna", "a.area")).CanRead);
        Assert.False((await CheckAsync("anna", "a.other")).CanRead);
    }

    [Fact]
    public async Task Assignments_outside_their_validity_dates_grant_nothing()
    {
        Assert.False((await CheckAsync("anna", "a.expired")).CanRead);
        Assert.False((await CheckAsync("anna", "a.future")).CanRead);
    }

    [Fact]
    public async Task Revoking_takes_effect_on_the_next_call_with_the_same_token()
    {
        await Replicate(w => w.AssignRoleAsync(new RoleAssignment(OidcPlatform.TenantA, "anna-revoked", "anna", Role.Employee, "a.revoked", DateTimeOffset.UtcNow.AddDays(-1), null)));
        Assert.True((await CheckAsync("anna", "a.revoked")).CanRead);

        await Replicate(w => w.RevokeRoleAsync(OidcPlatform.TenantA, "anna-revoked"));

        Assert.False((await CheckAsync("anna", "a.revoked")).CanRead);
    }

    [Fact]
    public async Task Roles_held_on_a_closed_unit_stop_counting()
    {
        await Replicate(w => w.AssignRoleAsync(new RoleAssignment(OidcPlatform.TenantA, "anna-closing", "anna", Role.Employee, "a.closing", DateTimeOffset.UtcNow.AddDays(-1), null)));
        Assert.True((await CheckAsync("anna", "a.closing")).CanRead);

        await Replicate(w => w.CloseUnitAsync(OidcPlatform.TenantA, "a.closing", DateTimeOffset.UtcNow));

        Assert.False((await CheckAsync("anna", "a.closing")).CanRead);
    }

    [Fact]
    public async Task A_moved_unit_takes_its_place_in_the_new_subtree()
    {
        Assert.True((await CheckAsync("olle", "a.movable")).CanRead);

        await Replicate(w => w.MoveUnitAsync(OidcPlatform.TenantA, "a.movable", "a.other"));
        var afterMove = await CheckAsync("olle", "a.movable");
        await Replicate(w => w.UpsertUnitAsync(OidcPlatform.TenantA, "a.movable", "a.movable", "a.area"));

        Assert.False(afterMove.CanRead);
        Assert.True((await CheckAsync("olle", "a.movable")).CanRead);
    }

    [Fact]
    public async Task A_unit_cannot_move_into_its_own_subtree()
    {
        await Assert.ThrowsAsync<AccessModelException>(() => Replicate(w => w.MoveUnitAsync(OidcPlatform.TenantA, "a.area", "a.unit1")));
    }

    [Fact]
    public async Task List_filters_are_the_units_of_the_callers_subtrees()
    {
        var olle = await Client.ListRecordsAsync(new ListRecordsRequest(), await BearerAsync("olle"));

        Assert.Equal(["a.area", "a.movable", "a.unit1", "a.unit2"], olle.UnitIds);
        Assert.Equal(["rec-a1", "rec-a2"], olle.Records.Select(r => r.Id));
    }

    [Fact]
    public async Task Writing_needs_a_role_that_grants_writing()
    {
        var anna = await BearerAsync("anna");

        var denied = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateRecordAsync(
            new UpdateRecordRequest { Id = "rec-a1", Text = "ändrad" }, anna).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal("A:s post i enhet 1", await platform.Server.RecordTextAsync(OidcPlatform.TenantA, "rec-a1"));
    }

    [Fact]
    public async Task A_suspended_tenant_is_refused_until_reinstated()
    {
        var carl = await BearerAsync("carl");
        await Client.WhoAmIAsync(new WhoAmIRequest(), carl);

        await Replicate(w => w.SetTenantSuspendedAsync(OidcPlatform.TenantC, suspended: true));
        var refused = await Assert.ThrowsAsync<RpcException>(() => Client.WhoAmIAsync(new WhoAmIRequest(), carl).ResponseAsync);
        await Replicate(w => w.SetTenantSuspendedAsync(OidcPlatform.TenantC, suspended: false));

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.Equal("Organisationen är avstängd.", refused.Status.Detail);
        Assert.Equal(OidcPlatform.TenantC, (await Client.WhoAmIAsync(new WhoAmIRequest(), carl)).TenantId);
    }

    [Fact]
    public async Task A_tenant_the_organizations_service_never_registered_is_refused()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(
            async () => await Client.WhoAmIAsync(new WhoAmIRequest(), await BearerAsync("dora")).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    private Task Replicate(Func<IAccessModelWriter, Task> change) => platform.Server.ReplicateAsync(change);

    private async Task<Metadata> BearerAsync(string client) => RecordsServer.Bearer(await platform.TokenAsync(client));

    private async Task<CheckUnitResponse> CheckAsync(string client, string unitId) =>
        await Client.CheckUnitAsync(new CheckUnitRequest { UnitId = unitId }, await BearerAsync(client));
}
