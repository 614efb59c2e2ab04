using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Organizations.Tests.Support;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Incidents.Tests.Support;

/// <summary>
/// One token issuer, one Incidents service (its workflow clock in the tests' hand) and one seeded Organizations service
/// feeding its access replica and contracts, shared by the tests of <see cref="IncidentsGroup"/>.
/// </summary>
public sealed class IncidentsFixture : IAsyncLifetime
{
    private TestDatabase incidentsDatabase = null!;
    private TestDatabase organizationsDatabase = null!;
    private ServiceHost organizations = null!;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public ServiceHost Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await DevTokenIssuerProcess.StartAsync();
        incidentsDatabase = await TestDatabase.CreateAsync();
        organizationsDatabase = await TestDatabase.CreateAsync();
        Service = await IncidentsHost.StartAsync(incidentsDatabase, Issuer, Clock);
        organizations = await OrganizationsHost.StartAsync(organizationsDatabase, Issuer, Service.WebAddress);
        // The demo region reaches the replica by events: wait until the last tenants' roles and contracts are there.
        await WaitUntilServedAsync(async () => await (await AsAsync(Demo.SocialCommittee)).ListProviderNoticesAsync(new ListProviderNoticesRequest()));
        await WaitUntilServedAsync(async () => await (await AsAsync(Demo.AldreMas)).GetStatisticsAsync(new GetStatisticsRequest()));
        await WaitUntilServedAsync(async () => await (await AsAsync(Demo.LindenManager)).ListIncidentsAsync(new ListIncidentsRequest { UnitId = Demo.Linden }));
        await Eventually.TrueAsync(() => Service.QueryAsync(db => Task.FromResult(db.ContractLinks.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Count() >= 3)));
    }

    public Task<string> TokenAsync(string username) => Issuer.DemoTokenAsync(username);

    public async Task<IncidentService.IncidentServiceClient> AsAsync(string username) => new(Service.Channel(await TokenAsync(username)));

    /// <summary>The Organizations service whose events the Incidents service's replica follows.</summary>
    public async Task<OrganizationClients> OrganizationsAsAsync(string username) => new(organizations.Channel(await TokenAsync(username)));

    private static async Task WaitUntilServedAsync(Func<Task> call)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await call();
                return;
            }
            catch (RpcException exception) when (exception.StatusCode is StatusCode.PermissionDenied or StatusCode.NotFound && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await organizations.DisposeAsync();
        await Service.DisposeAsync();
        await organizationsDatabase.DisposeAsync();
        await incidentsDatabase.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class IncidentsGroup : ICollectionFixture<IncidentsFixture>
{
    public const string Name = "incidents";
}
