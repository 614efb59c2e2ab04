using Ledningssystem.Platform.Hosting.Tests.Sample;
using Ledningssystem.Testing;

namespace Ledningssystem.Platform.Hosting.Tests;

/// <summary>One token issuer and one running sample service for the tests that share them.</summary>
public sealed class PlatformFixture : ServiceFixture
{
    protected override Task<ServiceHost> StartServiceAsync(TestDatabase database, DevTokenIssuerProcess issuer) =>
        SampleService.StartAsync(database, issuer);
}

[CollectionDefinition(Name)]
public sealed class PlatformGroup : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
