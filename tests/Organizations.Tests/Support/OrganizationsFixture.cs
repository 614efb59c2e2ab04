using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Testing;

namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>
/// One token issuer and one seeded Organizations service shared by the tests of <see cref="OrganizationsGroup"/>; they
/// run one after another and leave the demo region as they found it (or change only what they created).
/// </summary>
public sealed class OrganizationsFixture : IAsyncLifetime
{
    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public ServiceHost Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await DevTokenIssuerProcess.StartAsync();
        Database = await TestDatabase.CreateAsync();
        Service = await OrganizationsHost.StartAsync(Database, Issuer);
    }

    public Task<string> TokenAsync(string username) => Issuer.DemoTokenAsync(username);

    /// <summary>The service's clients as a demo user calls them.</summary>
    public async Task<OrganizationClients> AsAsync(string username) => new(Service.Channel(await TokenAsync(username)));

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Database.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class OrganizationsGroup : ICollectionFixture<OrganizationsFixture>
{
    public const string Name = "organizations";
}
