using Ledningssystem.Platform.Hosting.Tests.Sample;
using Ledningssystem.Testing;

namespace Ledningssystem.Platform.Hosting.Tests;

/// <summary>One token issuer and one running sample service for the tests that share them.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public ServiceHost Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await DevTokenIssuerProcess.StartAsync();
        Database = await TestDatabase.CreateAsync();
        Service = await SampleService.StartAsync(Database, Issuer);
    }

    public Task<string> TokenAsync(string username) => Issuer.DemoTokenAsync(username);

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Database.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformGroup : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
