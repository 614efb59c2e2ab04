using System.Globalization;
using Grpc.Net.Client;
using Ledningssystem.DevTokenIssuer.Realm;
using Ledningssystem.Platform.Hosting.Tests.Sample.V1;
using Ledningssystem.Platform.TestModel;
using Ledningssystem.Rpc.Client;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ledningssystem.Platform.Hosting.Tests.Sample;

/// <summary>
/// The sample service, hosted the way every platform service's Program.cs does it, on a real database and
/// trusting a real DevTokenIssuer; it subscribes to its own events (Direct delivery, as on one machine).
/// </summary>
public sealed class SampleService : IAsyncDisposable
{
    private readonly WebApplication app;

    private SampleService(WebApplication app, int grpcPort, int webPort)
    {
        this.app = app;
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
        WebAddress = new Uri($"http://127.0.0.1:{webPort}");
    }

    public static DemoRealm Realm { get; } = DemoRealm.Load(Path.Combine(AppContext.BaseDirectory, DemoRealm.FileName));

    public Uri GrpcAddress { get; }

    public Uri WebAddress { get; }

    public ReceivedNotes Received => app.Services.GetRequiredService<ReceivedNotes>();

    public static async Task<SampleService> StartAsync(TestDatabase database, DevTokenIssuerProcess issuer, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var ports = FreePorts.Take(2);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(issuer.IdentitySettings)
        {
            ["Rpc:GrpcPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Rpc:WebPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Database:Provider"] = database.ProviderSetting,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Events:Mode"] = nameof(EventDeliveryMode.Direct),
            ["Events:Subscribers:0"] = $"http://127.0.0.1:{ports[1]}",
            ["Events:PollInterval"] = "00:00:00.200",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddServiceDefaults<NotesDb, SqliteNotesDb, PostgresNotesDb>("notes");
        builder.Services.AddSingleton<ReceivedNotes>();
        builder.Services.AddEventHandler<NoteCreated, NoteCreatedHandler>();

        var app = builder.Build();
        app.MapServiceDefaults<NotesDb>();
        app.MapGrpcService<NotesApi>();
        await app.StartAsync();

        var service = new SampleService(app, ports[0], ports[1]);
        await ServiceHealth.WaitForAsync(service.GrpcAddress);
        await service.ReplicateDemoRealmAsync();
        return service;
    }

    public GrpcChannel Channel(string? token = null) =>
        RpcChannels.Create(GrpcAddress, token is null ? null : _ => ValueTask.FromResult<string?>(token));

    public Task StopAsync() => app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>The demo realm's tenants, units and role assignments, as the Organizations service's events would replicate them.</summary>
    private async Task ReplicateDemoRealmAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<IAccessModelWriter>();
        foreach (var tenant in Realm.Tenants)
        {
            await writer.UpsertTenantAsync(tenant.Id, tenant.Name, suspended: false);
        }
        foreach (var unit in Realm.Units)
        {
            await writer.UpsertUnitAsync(unit.Tenant, unit.Id, unit.Name, unit.Parent);
        }
        foreach (var user in Realm.Users)
        {
            await writer.AssignRoleAsync(new RoleAssignment(
                user.Tenant, "demo-" + user.Username, user.Sub, Enum.Parse<Role>(user.Role), user.Unit, DateTimeOffset.UtcNow.AddDays(-1), null));
        }
    }
}
