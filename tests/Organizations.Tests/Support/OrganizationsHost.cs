using Grpc.Health.V1;
using Grpc.Net.Client;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Rpc.Client;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>
/// The Organizations service composed as its Program.cs does, on real Kestrel ports and a <see cref="TestDatabase"/>,
/// trusting a DevTokenIssuer process, with the demo region seeded; serving once migrated and seeded.
/// </summary>
public sealed class OrganizationsHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private OrganizationsHost(WebApplication app, int grpcPort)
    {
        this.app = app;
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
    }

    public Uri GrpcAddress { get; }

    public IServiceProvider Services => app.Services;

    /// <param name="subscribers">Web endpoints of services that receive the events (Direct delivery); none by default.</param>
    public static async Task<OrganizationsHost> StartAsync(TestDatabase database, DevTokenIssuerProcess issuer, params Uri[] subscribers)
    {
        var ports = FreePorts.Take(2);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        var settings = ServiceSettings.For(ports, database, issuer, subscribers);
        settings["Organizations:SeedDemoRegion"] = "true";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddServiceDefaults<OrganizationsDb, SqliteOrganizationsDb, PostgresOrganizationsDb>("organizations", options => options.ReplicateOrganizations = false);
        builder.AddOrganizations();

        var app = builder.Build();
        app.MapServiceDefaults<OrganizationsDb>();
        app.MapOrganizations();
        await app.StartAsync();
        var host = new OrganizationsHost(app, ports[0]);
        await ServiceHealth.WaitForAsync(host.GrpcAddress);
        return host;
    }

    public GrpcChannel Channel(string? token = null) =>
        RpcChannels.Create(GrpcAddress, token is null ? null : _ => ValueTask.FromResult<string?>(token));

    /// <summary>Reads the service's database directly, across tenants.</summary>
    public async Task<T> QueryAsync<T>(Func<OrganizationsDb, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrganizationsDb>());
    }

    /// <summary>The outbox rows added after <paramref name="afterSequence"/>, oldest first.</summary>
    public Task<List<OutboxMessage>> OutboxAfterAsync(long afterSequence) =>
        QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Sequence > afterSequence).OrderBy(m => m.Sequence).ToListAsync());

    /// <summary>The newest outbox row's sequence number (0 for none): what a test reads the rows after.</summary>
    public async Task<long> OutboxHeadAsync() => await QueryAsync(db => db.Set<OutboxMessage>().MaxAsync(m => (long?)m.Sequence)) ?? 0;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
