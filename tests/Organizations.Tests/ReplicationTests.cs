using System.Net.Http.Json;
using System.Text;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Tests.Support;
using Ledningssystem.Testing;

namespace Ledningssystem.Organizations.Tests;

/// <summary>
/// The round trip ADR 0006 rests on: the Organizations service's events, delivered (Direct mode, as on one machine)
/// to another service, keep that service's access replica equal to the organisation.
/// </summary>
[Trait("Category", "Database")]
public sealed class ReplicationTests(ReplicationTests.Platform platform) : IClassFixture<ReplicationTests.Platform>
{
    [Fact]
    public async Task Another_services_replica_follows_the_seed_and_every_later_change()
    {
        await Eventually.EqualsAsync(async () => (
                await platform.Replica.ScalarAsync<int>($"SELECT COUNT(*) AS \"Value\" FROM access_tenants"),
                await platform.Replica.ScalarAsync<int>($"SELECT COUNT(*) AS \"Value\" FROM access_units"),
                await platform.Replica.ScalarAsync<int>($"SELECT COUNT(*) AS \"Value\" FROM access_role_assignments")),
            (6, 18, 17));
        var region = await platform.AsAsync(Demo.RegionAdmin);
        var admin = await platform.AsAsync(Demo.OmsorgAdmin);

        await region.Tenants.SuspendTenantAsync(new SuspendTenantRequest { TenantId = "stodboende-ab", Reason = "Granskning" });
        var area = (await admin.Units.CreateUnitAsync(new CreateUnitRequest { UnitId = "omsorg-ab.omrade-city", ParentUnitId = Demo.OmsorgRoot, Name = "Område City" })).Unit;
        await admin.Units.MoveUnitAsync(new MoveUnitRequest { UnitId = "omsorg-ab.hemtjanst-city", NewParentUnitId = area.UnitId });
        await admin.Units.RenameUnitAsync(new RenameUnitRequest { UnitId = area.UnitId, Name = "Område Centrum" });
        await admin.Assignments.RevokeRoleAsync(new RevokeRoleRequest { AssignmentId = "demo.hanna.holm" });
        await admin.Assignments.AssignRoleAsync(new AssignRoleRequest { AssignmentId = "ny-chef", UserId = Demo.OmsorgEmployeeSub, Role = Role.AreaManager, UnitId = area.UnitId });

        await Eventually.EqualsAsync(async () => (
                await platform.Replica.ScalarAsync<bool>($"SELECT \"Suspended\" AS \"Value\" FROM access_tenants WHERE \"TenantId\" = 'stodboende-ab'"),
                await platform.Replica.ScalarAsync<string>($"SELECT \"Path\" AS \"Value\" FROM access_units WHERE \"Id\" = 'omsorg-ab.hemtjanst-city'"),
                await platform.Replica.ScalarAsync<string>($"SELECT \"Name\" AS \"Value\" FROM access_units WHERE \"Id\" = 'omsorg-ab.omrade-city'"),
                await platform.Replica.ScalarAsync<string>($"SELECT COALESCE(MAX(\"Role\"), '') AS \"Value\" FROM access_role_assignments WHERE \"UserId\" = {Demo.OmsorgEmployeeSub}")),
            (true, "/omsorg-ab.foretaget/omsorg-ab.omrade-city/omsorg-ab.hemtjanst-city/", "Område Centrum", "AreaManager"));
    }

    [Fact]
    public async Task An_event_whose_tenant_differs_from_the_tenant_it_came_as_is_dropped()
    {
        using var http = new HttpClient();
        var cloudEvent = new
        {
            specversion = "1.0",
            id = Guid.NewGuid().ToString(),
            source = "organizations",
            type = "ledningssystem.events.v1.UnitCreated",
            datacontenttype = "application/json",
            tenantid = "aldrenamnden",
            data = new { tenantId = "omsorg-ab", unitId = "kapad", name = "Kapad", parentUnitId = Demo.OmsorgRoot },
        };
        using var content = new StringContent(System.Text.Json.JsonSerializer.Serialize(cloudEvent), Encoding.UTF8, "application/cloudevents+json");

        using var response = await http.PostAsync(new Uri(platform.Replica.WebAddress, "/events/ledningssystem.events.v1.UnitCreated"), content);
        var answer = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();

        Assert.Equal("DROP", answer!["status"]);
        Assert.Equal(0, await platform.Replica.ScalarAsync<int>($"SELECT COUNT(*) AS \"Value\" FROM access_units WHERE \"Id\" = 'kapad'"));
    }

    /// <summary>A token issuer, the Organizations service (seeded) and a service it delivers its events to.</summary>
    public sealed class Platform : IAsyncLifetime
    {
        private readonly Dictionary<string, string> tokens = [];
        private DevTokenIssuerProcess issuer = null!;
        private TestDatabase replicaDatabase = null!;
        private TestDatabase organizationsDatabase = null!;
        private ServiceHost organizations = null!;

        public ServiceHost Replica { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            issuer = await DevTokenIssuerProcess.StartAsync();
            replicaDatabase = await TestDatabase.CreateAsync();
            organizationsDatabase = await TestDatabase.CreateAsync();
            Replica = await ReplicaHost.StartAsync(replicaDatabase, issuer);
            organizations = await OrganizationsHost.StartAsync(organizationsDatabase, issuer, Replica.WebAddress);
        }

        public async Task<OrganizationClients> AsAsync(string username)
        {
            if (!tokens.TryGetValue(username, out var token))
            {
                tokens[username] = token = await issuer.PasswordTokenAsync(username);
            }
            return new OrganizationClients(organizations.Channel(token));
        }

        public async Task DisposeAsync()
        {
            await organizations.DisposeAsync();
            await Replica.DisposeAsync();
            await organizationsDatabase.DisposeAsync();
            await replicaDatabase.DisposeAsync();
            await issuer.DisposeAsync();
        }
    }
}
