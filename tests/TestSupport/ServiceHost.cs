using System.Text.Json;
using Grpc.Net.Client;
using Ledningssystem.Rpc.Client;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ledningssystem.Testing;

/// <summary>
/// A platform service composed as its Program.cs does, in the test process on real Kestrel ports and a
/// <see cref="TestDatabase"/>, trusting a DevTokenIssuer process; started once it reports SERVING.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ServiceHost(WebApplication app, int grpcPort, int webPort)
    {
        this.app = app;
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
        WebAddress = new Uri($"http://127.0.0.1:{webPort}");
    }

    public Uri GrpcAddress { get; }

    public Uri WebAddress { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Starts a service.</summary>
    /// <param name="compose">What Program.cs does between CreateBuilder and Build; gets the host's own web address, for a service that delivers events to itself.</param>
    /// <param name="map">What Program.cs does after Build.</param>
    /// <param name="settings">Add to (or override) <see cref="ServiceSettings.For"/>.</param>
    /// <param name="subscribers">Web endpoints of services that receive the events (Direct delivery).</param>
    public static async Task<ServiceHost> StartAsync(
        TestDatabase database,
        DevTokenIssuerProcess issuer,
        Action<WebApplicationBuilder, Uri> compose,
        Action<WebApplication> map,
        IReadOnlyDictionary<string, string?>? settings = null,
        IReadOnlyList<Uri>? subscribers = null)
    {
        var ports = FreePorts.Take(2);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        var defaults = ServiceSettings.For(ports, database, issuer, [.. subscribers ?? []]);
        // Unhealthy until migrated and seeded is expected while starting; StartAsync waits for SERVING.
        defaults["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "None";
        builder.Configuration.AddInMemoryCollection(defaults);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        compose(builder, new Uri($"http://127.0.0.1:{ports[1]}"));

        var app = builder.Build();
        try
        {
            map(app);
            await app.StartAsync();
            var host = new ServiceHost(app, ports[0], ports[1]);
            await ServiceHealth.WaitForAsync(host.GrpcAddress);
            return host;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public GrpcChannel Channel(string? token = null) =>
        RpcChannels.Create(GrpcAddress, token is null ? null : _ => ValueTask.FromResult<string?>(token));

    /// <summary>Reads the service's database directly, across tenants.</summary>
    public async Task<T> QueryAsync<TDb, T>(Func<TDb, Task<T>> query)
        where TDb : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDb>());
    }

    /// <summary>
    /// Writes the tenants, units and role assignments of services/DevTokenIssuer/demo-realm.json into the service's
    /// access replica, as the Organizations service's demo region seed would replicate them.
    /// </summary>
    public async Task ReplicateDemoRealmAsync()
    {
        using var realm = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryPaths.Combine("services", "DevTokenIssuer", "demo-realm.json")));
        await using var scope = app.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<IAccessModelWriter>();
        var root = realm.RootElement;
        foreach (var tenant in root.GetProperty("tenants").EnumerateArray())
        {
            await writer.UpsertTenantAsync(tenant.GetProperty("id").GetString()!, tenant.GetProperty("name").GetString()!, suspended: false);
        }
        foreach (var unit in root.GetProperty("units").EnumerateArray())
        {
            var parent = unit.GetProperty("parent");
            await writer.UpsertUnitAsync(
                unit.GetProperty("tenant").GetString()!, unit.GetProperty("id").GetString()!, unit.GetProperty("name").GetString()!,
                parent.ValueKind == JsonValueKind.Null ? null : parent.GetString());
        }
        foreach (var user in root.GetProperty("users").EnumerateArray())
        {
            var role = Enum.Parse<Role>(user.GetProperty("role").GetString()!);
            if (role == Role.RegionAdmin)
            {
                continue;
            }
            await writer.AssignRoleAsync(new RoleAssignment(
                user.GetProperty("tenant").GetString()!, "demo." + user.GetProperty("username").GetString(), user.GetProperty("sub").GetString()!,
                role, user.GetProperty("unit").GetString()!, new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), null));
        }
    }

    public Task StopAsync() => app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
