using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Organizations.Tests;

/// <summary>Every change and its event are one transaction, together with the service's own access replica.</summary>
[Collection(OrganizationsGroup.Name)]
[Trait("Category", "Database")]
public sealed class OutboxTests(OrganizationsFixture platform)
{
    [Fact]
    public async Task A_change_writes_its_event_to_the_outbox_with_the_tenant_as_subject()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var unit = (await admin.Units.CreateUnitAsync(new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = Demo.OmsorgRoot, Name = "Matdistributionen" })).Unit;
        var head = await platform.Service.OutboxHeadAsync();

        await admin.Units.RenameUnitAsync(new RenameUnitRequest { UnitId = unit.UnitId, Name = "Matlådan" });

        var row = Assert.Single(await platform.Service.OutboxAfterAsync(head));
        Assert.Equal(("ledningssystem.events.v1.UnitRenamed", "ledningssystem.events.v1.UnitRenamed"), (row.Topic, row.Type));
        Assert.Equal(("omsorg-ab", "omsorg-ab"), (row.TenantId, row.AggregateId));
        var renamed = JsonParser.Default.Parse<UnitRenamed>(row.Payload);
        Assert.Equal(("omsorg-ab", unit.UnitId, "Matlådan", Demo.OmsorgRoot), (renamed.TenantId, renamed.UnitId, renamed.Name, renamed.ParentUnitId));
        Assert.NotNull(renamed.RenamedAt);
    }

    [Fact]
    public async Task When_the_replica_cannot_follow_neither_the_change_nor_its_event_is_kept()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var region = await platform.AsAsync(Demo.RegionAdmin);
        var parent = (await admin.Units.CreateUnitAsync(new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = Demo.OmsorgRoot, Name = "Rehab" })).Unit;
        await platform.Service.QueryAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM access_units WHERE \"Id\" = {parent.UnitId}"));
        var head = await platform.Service.OutboxHeadAsync();
        var child = new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = parent.UnitId, Name = "Rehab, team 1" };

        await Expect.FailsAsync(StatusCode.Internal, admin.Units.CreateUnitAsync(child));
        var unitRows = await platform.Service.QueryAsync(db => db.Units.IgnoreQueryFilters().CountAsync(u => u.Id == child.UnitId));
        var eventRows = (await platform.Service.OutboxAfterAsync(head)).Count;
        var republished = await region.Tenants.RepublishTenantAsync(new RepublishTenantRequest { TenantId = "omsorg-ab" });
        var created = (await admin.Units.CreateUnitAsync(child)).Unit;

        Assert.Equal((0, 0), (unitRows, eventRows));
        Assert.True(republished.EventCount > 5);
        Assert.Equal(parent.UnitId, created.ParentUnitId);
    }

    [Fact]
    public async Task Changes_of_one_tenant_at_the_same_time_either_commit_with_their_event_or_are_aborted()
    {
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);
        var units = new List<Unit>();
        for (var i = 0; i < 6; i++)
        {
            units.Add((await admin.Units.CreateUnitAsync(new CreateUnitRequest { UnitId = Ids.New("enhet"), ParentUnitId = Demo.OmsorgRoot, Name = $"Lag {i}" })).Unit);
        }
        var head = await platform.Service.OutboxHeadAsync();

        var outcomes = await Task.WhenAll(units.Select(async unit =>
        {
            try
            {
                await admin.Units.RenameUnitAsync(new RenameUnitRequest { UnitId = unit.UnitId, Name = unit.Name + " (nytt namn)" });
                return StatusCode.OK;
            }
            catch (RpcException refused)
            {
                return refused.StatusCode;
            }
        }));
        var events = await platform.Service.OutboxAfterAsync(head);
        var renamed = await admin.Units.ListUnitsAsync(new ListUnitsRequest { PageSize = 500 });

        Assert.All(outcomes, outcome => Assert.Contains(outcome, new[] { StatusCode.OK, StatusCode.Aborted }));
        Assert.Contains(StatusCode.OK, outcomes);
        Assert.Equal(outcomes.Count(o => o == StatusCode.OK), events.Count);
        Assert.Equal(events.Count, renamed.Units.Count(u => u.Name.EndsWith("(nytt namn)", StringComparison.Ordinal)));
    }
}
