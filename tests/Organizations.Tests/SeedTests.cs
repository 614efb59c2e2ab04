using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Organizations.Tests.Support;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Organizations.Tests;

[Collection(OrganizationsGroup.Name)]
[Trait("Category", "Database")]
public sealed class SeedTests(OrganizationsFixture platform)
{
    [Fact]
    public async Task The_seed_makes_the_demo_region_and_a_second_run_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var service = await OrganizationsHost.StartAsync(database, platform.Issuer);
        var first = await CountAsync(service);
        var firstEvents = await EventTypesAsync(service);

        await service.Services.GetRequiredService<DemoRegionSeed>().ApplyAsync(DemoRegion.Load(Path.Combine(AppContext.BaseDirectory, DemoRegion.FileName)), default);

        Assert.Equal(new Rows(Tenants: 6, Units: 18, Assignments: 17, Contracts: 3, Outbox: 44, ReplicaTenants: 6, ReplicaUnits: 18, ReplicaAssignments: 17), first);
        Assert.Equal(first, await CountAsync(service));
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["ledningssystem.events.v1.TenantRegistered"] = 6,
                ["ledningssystem.events.v1.UnitCreated"] = 18,
                ["ledningssystem.events.v1.RoleAssigned"] = 17,
                ["ledningssystem.events.v1.ContractLinked"] = 3,
            },
            firstEvents);
    }

    [Fact]
    public async Task The_demo_users_hold_their_roles_as_soon_as_the_service_serves()
    {
        var unitManager = await platform.AsAsync(Demo.AldreUnitManager);
        var mas = await platform.AsAsync("maria.mattsson");
        var integration = new OrganizationClients(platform.Service.Channel(await ServiceAccountTokenAsync()));

        var own = await unitManager.Assignments.GetEffectiveRolesAsync(new GetEffectiveRolesRequest { UnitId = "aldrenamnden.hemtjanst-norr" });
        var inherited = await mas.Assignments.GetEffectiveRolesAsync(new GetEffectiveRolesRequest { UnitId = "aldrenamnden.solgarden" });
        var solgarden = (await mas.Units.GetUnitAsync(new GetUnitRequest { UnitId = "aldrenamnden.solgarden" })).Unit;
        var city = (await integration.Units.GetUnitAsync(new GetUnitRequest { UnitId = "omsorg-ab.hemtjanst-city" })).Unit;

        Assert.Equal([(Role.UnitManager, "aldrenamnden.hemtjanst-norr")], own.Roles.Select(r => (r.Role, r.HeldOnUnitId)));
        Assert.Equal([(Role.Mas, "aldrenamnden.forvaltning")], inherited.Roles.Select(r => (r.Role, r.HeldOnUnitId)));
        Assert.Equal([Verksamhetsform.Aldreomsorg, Verksamhetsform.Hsl], solgarden.Verksamhetsformer);
        Assert.Equal("Hemtjänst City", city.Name);
    }

    private async Task<string> ServiceAccountTokenAsync()
    {
        using var response = await platform.Issuer.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "omsorg-ab-integration",
            ["client_secret"] = "demo-secret",
        });
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static Task<Rows> CountAsync(ServiceHost service) => service.QueryAsync(async db => new Rows(
        await db.Tenants.IgnoreQueryFilters().CountAsync(),
        await db.Units.IgnoreQueryFilters().CountAsync(),
        await db.RoleAssignments.IgnoreQueryFilters().CountAsync(),
        await db.Contracts.IgnoreQueryFilters().CountAsync(),
        await db.Set<OutboxMessage>().CountAsync(),
        await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM access_tenants").SingleAsync(),
        await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM access_units").SingleAsync(),
        await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM access_role_assignments").SingleAsync()));

    private static Task<Dictionary<string, int>> EventTypesAsync(ServiceHost service) => service.QueryAsync(db =>
        db.Set<OutboxMessage>().GroupBy(m => m.Type).ToDictionaryAsync(g => g.Key, g => g.Count()));

    private sealed record Rows(int Tenants, int Units, int Assignments, int Contracts, int Outbox, int ReplicaTenants, int ReplicaUnits, int ReplicaAssignments);
}
