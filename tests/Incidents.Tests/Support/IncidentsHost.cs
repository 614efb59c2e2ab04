using Grpc.Net.Client;
using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Domain;
using Ledningssystem.Organizations;
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
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Incidents.Tests.Support;

/// <summary>A service composed as its Program.cs does, on real Kestrel ports and a <see cref="TestDatabase"/>.</summary>
public sealed class ServiceHost(WebApplication app, int grpcPort, int webPort) : IAsyncDisposable
{
    public Uri GrpcAddress { get; } = new($"http://127.0.0.1:{grpcPort}");

    public Uri WebAddress { get; } = new($"http://127.0.0.1:{webPort}");

    public IServiceProvider Services => app.Services;

    public GrpcChannel Channel(string token) => RpcChannels.Create(GrpcAddress, _ => ValueTask.FromResult<string?>(token));

    /// <summary>The Incidents service with its workflow on <paramref name="clock"/>; it delivers its events to itself.</summary>
    public static async Task<ServiceHost> StartIncidentsAsync(TestDatabase database, DevTokenIssuerProcess issuer, FakeTimeProvider clock)
    {
        var (builder, ports) = Builder(database, issuer, []);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Events:Subscribers:0"] = $"http://127.0.0.1:{ports[1]}",
            ["Incidents:DeadlineScanInterval"] = "00:00:00.200",
        });
        builder.Services.AddSingleton(new WorkflowClock(clock));
        builder.AddServiceDefaults<IncidentsDb, SqliteIncidentsDb, PostgresIncidentsDb>("incidents");
        builder.AddIncidents();
        var app = builder.Build();
        app.MapServiceDefaults<IncidentsDb>();
        app.MapIncidents();
        await app.StartAsync();
        var host = new ServiceHost(app, ports[0], ports[1]);
        await ServiceHealth.WaitForAsync(host.GrpcAddress);
        return host;
    }

    /// <summary>The Organizations service with the demo region, delivering its events to <paramref name="subscriber"/>.</summary>
    public static async Task<ServiceHost> StartOrganizationsAsync(TestDatabase database, DevTokenIssuerProcess issuer, Uri subscriber)
    {
        var (builder, ports) = Builder(database, issuer, [subscriber]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Organizations:SeedDemoRegion"] = "true" });
        builder.AddServiceDefaults<OrganizationsDb, SqliteOrganizationsDb, PostgresOrganizationsDb>("organizations", options => options.ReplicateOrganizations = false);
        builder.AddOrganizations();
        var app = builder.Build();
        app.MapServiceDefaults<OrganizationsDb>();
        app.MapOrganizations();
        await app.StartAsync();
        var host = new ServiceHost(app, ports[0], ports[1]);
        await ServiceHealth.WaitForAsync(host.GrpcAddress);
        return host;
    }

    private static (WebApplicationBuilder, int[]) Builder(TestDatabase database, DevTokenIssuerProcess issuer, Uri[] subscribers)
    {
        var ports = FreePorts.Take(2);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        var settings = ServiceSettings.For(ports, database, issuer, subscribers);
        // Unhealthy until migrated and seeded is expected while starting; the fixture waits for SERVING.
        settings["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None";
        builder.Configuration.AddInMemoryCollection(settings);
        return (builder, ports);
    }

    /// <summary>Reads the Incidents database directly, across tenants.</summary>
    public async Task<T> QueryAsync<T>(Func<IncidentsDb, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IncidentsDb>());
    }

    /// <summary>The events published about <paramref name="incidentId"/>, oldest first: type name and the tenant it belongs to.</summary>
    public Task<List<(string Type, string? TenantId)>> EventsOfAsync(string incidentId) =>
        QueryAsync(async db => (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.AggregateId == incidentId).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => (m.Type.Replace("ledningssystem.events.v1.", "", StringComparison.Ordinal), m.TenantId)).ToList());

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
