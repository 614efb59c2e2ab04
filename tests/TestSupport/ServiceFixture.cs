using Xunit;

namespace Ledningssystem.Testing;

/// <summary>One token issuer, one fresh database and one service on it, shared by the tests of a collection.</summary>
public abstract class ServiceFixture : IAsyncLifetime
{
    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public ServiceHost Service { get; private set; } = null!;

    public Task<string> TokenAsync(string username) => Issuer.DemoTokenAsync(username);

    public async Task InitializeAsync()
    {
        Issuer = await DevTokenIssuerProcess.StartAsync();
        Database = await TestDatabase.CreateAsync();
        Service = await StartServiceAsync(Database, Issuer);
    }

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await Database.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    /// <summary>The service under test, composed as its Program.cs does (a <see cref="ServiceHost"/>).</summary>
    protected abstract Task<ServiceHost> StartServiceAsync(TestDatabase database, DevTokenIssuerProcess issuer);
}
