using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Grpc.Net.Client;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Files;
using Ledningssystem.Documents.Jobs;
using Ledningssystem.Rpc.Client;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Documents.Tests.Support;

/// <summary>
/// The Documents service composed as its Program.cs does, on real Kestrel ports and a <see cref="TestDatabase"/>,
/// trusting a DevTokenIssuer process. Its access replica holds the demo region (what Organizations' events would
/// bring), and its review job runs on <see cref="ReviewClock"/>, which the test moves; the rest runs on real time.
/// </summary>
public sealed class DocumentsHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private DocumentsHost(WebApplication app, int grpcPort, string blobDirectory, FakeTimeProvider reviewClock)
    {
        this.app = app;
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
        BlobDirectory = blobDirectory;
        ReviewClock = reviewClock;
    }

    public Uri GrpcAddress { get; }

    public string BlobDirectory { get; }

    public FakeTimeProvider ReviewClock { get; }

    /// <summary>The service's blob store, as configured.</summary>
    public IBlobStore Blobs => app.Services.GetRequiredService<IBlobStore>();

    /// <summary>Starts the service; <paramref name="settings"/> add to (or override) the test configuration.</summary>
    public static async Task<DocumentsHost> StartAsync(
        TestDatabase database, DevTokenIssuerProcess issuer, long maxUploadBytes, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var ports = FreePorts.Take(2);
        var blobs = Directory.CreateTempSubdirectory("documents-blobs-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        var defaults = ServiceSettings.For(ports, database, issuer);
        defaults["Documents:BlobDirectory"] = blobs;
        defaults["Documents:MaxUploadBytes"] = maxUploadBytes.ToString(CultureInfo.InvariantCulture);
        defaults["Documents:ReviewScanInterval"] = "01:00:00";
        defaults["Documents:ReviewNoticeDaysAhead"] = "30";
        builder.Configuration.AddInMemoryCollection(defaults);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddServiceDefaults<DocumentsDb, SqliteDocumentsDb, PostgresDocumentsDb>("documents");
        builder.AddDocuments();
        var reviewClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(ReviewDueJob)));
        builder.Services.AddHostedService(provider => ActivatorUtilities.CreateInstance<ReviewDueJob>(provider, (TimeProvider)reviewClock));

        var app = builder.Build();
        app.MapServiceDefaults<DocumentsDb>();
        app.MapDocuments();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            Directory.Delete(blobs, recursive: true);
            throw;
        }
        var host = new DocumentsHost(app, ports[0], blobs, reviewClock);
        await ServiceHealth.WaitForAsync(host.GrpcAddress);
        await ReplicateDemoRegionAsync(app.Services);
        return host;
    }

    public GrpcChannel Channel(string token) =>
        RpcChannels.Create(GrpcAddress, _ => ValueTask.FromResult<string?>(token));

    /// <summary>The events of <paramref name="type"/> about <paramref name="aggregateId"/> in the outbox, oldest first.</summary>
    public async Task<List<(string? TenantId, T Event)>> EventsAsync<T>(string aggregateId)
        where T : IMessage<T>, new()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDb>();
        var type = new T().Descriptor.FullName;
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type == type && m.AggregateId == aggregateId)
            .OrderBy(m => m.Sequence)
            .ToListAsync();
        return [.. rows.Select(r => (r.TenantId, JsonParser.Default.Parse<T>(r.Payload)))];
    }

    /// <summary>The audit trail's entries about <paramref name="entityId"/>, across tenants: (action, entity type, user).</summary>
    public async Task<List<(string Action, string EntityType, string UserId)>> AuditAsync(string entityId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDb>();
        var rows = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(e => e.EntityId == entityId).ToListAsync();
        return [.. rows.Select(e => (e.Action.ToString(), e.EntityType, e.UserId))];
    }

    /// <summary>The files in the blob store (uploads in progress included), relative to its folder.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        [.. Directory.EnumerateFiles(BlobDirectory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(BlobDirectory, f))];

    /// <summary>The tenants, units and role assignments of services/DevTokenIssuer/demo-realm.json, as Organizations would replicate them.</summary>
    private static async Task ReplicateDemoRegionAsync(IServiceProvider services)
    {
        using var realm = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryPaths.Combine("services", "DevTokenIssuer", "demo-realm.json")));
        await using var scope = services.CreateAsyncScope();
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

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(BlobDirectory, recursive: true);
    }
}
