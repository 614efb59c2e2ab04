using Grpc.Core;
using Ledningssystem.Identity.Tests.Records;
using Ledningssystem.Identity.Tests.Server;
using Ledningssystem.Identity.Tests.Support;

namespace Ledningssystem.Identity.Tests;

/// <summary>A valid token of tenant A reaches nothing of tenant B's, and cannot even tell B's rows from missing ones.</summary>
[Collection(OidcPlatformGroup.Name)]
public sealed class TenantIsolationTests(OidcPlatform platform)
{
    [Fact]
    public async Task Reading_another_tenants_row_answers_exactly_as_for_a_missing_id()
    {
        var olle = RecordsServer.Bearer(await platform.TokenAsync("olle"));

        var foreign = await Assert.ThrowsAsync<RpcException>(() => platform.Server.Client.GetRecordAsync(new GetRecordRequest { Id = "rec-b1" }, olle).ResponseAsync);
        var missing = await Assert.ThrowsAsync<RpcException>(() => platform.Server.Client.GetRecordAsync(new GetRecordRequest { Id = "rec-none" }, olle).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(missing.Status, foreign.Status);
        Assert.Equal(Trailers(missing), Trailers(foreign));
    }

    [Fact]
    public async Task Changing_another_tenants_row_answers_as_for_a_missing_id_and_changes_nothing()
    {
        var olle = RecordsServer.Bearer(await platform.TokenAsync("olle"));

        var foreign = await Assert.ThrowsAsync<RpcException>(() => platform.Server.Client.UpdateRecordAsync(
            new UpdateRecordRequest { Id = "rec-b1", Text = "ändrad av A" }, olle).ResponseAsync);
        var missing = await Assert.ThrowsAsync<RpcException>(() => platform.Server.Client.UpdateRecordAsync(
            new UpdateRecordRequest { Id = "rec-none", Text = "ändrad av A" }, olle).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(missing.Status, foreign.Status);
        Assert.Equal("B:s post", await platform.Server.RecordTextAsync(OidcPlatform.TenantB, "rec-b1"));
    }

    [Fact]
    public async Task A_unit_id_that_both_tenants_use_grants_nothing_across_them()
    {
        var anna = await platform.Server.Client.ListRecordsAsync(new ListRecordsRequest(), RecordsServer.Bearer(await platform.TokenAsync("anna")));
        var bertil = await platform.Server.Client.ListRecordsAsync(new ListRecordsRequest(), RecordsServer.Bearer(await platform.TokenAsync("bertil")));

        Assert.Equal(["rec-a1"], anna.Records.Select(r => r.Id));
        Assert.Equal(["rec-b1"], bertil.Records.Select(r => r.Id));
        Assert.Equal(["a.unit1", "b.root"], bertil.UnitIds);
    }

    /// <summary>What the answer says, without the Date header, which differs whenever the two calls straddle a second.</summary>
    private static string[] Trailers(RpcException error) =>
        [.. error.Trailers.Where(t => t.Key != "date").Select(t => $"{t.Key}={(t.IsBinary ? Convert.ToBase64String(t.ValueBytes) : t.Value)}")];
}
