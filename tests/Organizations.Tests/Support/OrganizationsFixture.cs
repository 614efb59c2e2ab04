using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Testing;

namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>
/// One token issuer and one seeded Organizations service shared by the tests of <see cref="OrganizationsGroup"/>; they
/// run one after another and leave the demo region as they found it (or change only what they created).
/// </summary>
public sealed class OrganizationsFixture : ServiceFixture
{
    /// <summary>The service's clients as a demo user calls them.</summary>
    public async Task<OrganizationClients> AsAsync(string username) => new(Service.Channel(await TokenAsync(username)));

    protected override Task<ServiceHost> StartServiceAsync(TestDatabase database, DevTokenIssuerProcess issuer) =>
        OrganizationsHost.StartAsync(database, issuer);
}

[CollectionDefinition(Name)]
public sealed class OrganizationsGroup : ICollectionFixture<OrganizationsFixture>
{
    public const string Name = "organizations";
}
