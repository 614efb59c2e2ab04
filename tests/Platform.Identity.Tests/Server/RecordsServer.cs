using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using Ledningssystem.Identity.Tests.Records;
using Ledningssystem.Rpc;
using Ledningssystem.Rpc.Client;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Identity;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Ledningssystem.Identity.Tests.Server;

/// <summary>
/// The records service on real Kestrel ports with the platform's RPC defaults, identity and access, trusting
/// one issuer, over a SQLite file whose schema EnsureCreated makes.
/// </summary>
public sealed class RecordsServer : IAsyncDisposable
{
    public const string Audience = "ledningssystem-test";

    private readonly int[] ports = FreePorts.Take(2);
    private readonly string directory = Directory.CreateTempSubdirectory("identity-tests-").FullName;
    private WebApplication app = null!;
    private GrpcChannel channel = null!;

    private RecordsServer()
    {
    }

    public Uri GrpcAddress => new($"http://127.0.0.1:{ports[0]}");

    public Uri WebAddress => new($"http://127.0.0.1:{ports[1]}");

    public FakeLogCollector Logs { get; } = new();

    public RecordService.RecordServiceClient Client { get; private set; } = null!;

    public GrpcChannel Channel => channel;

    public static async Task<RecordsServer> StartAsync(string authority, string audience = Audience)
    {
        var server = new RecordsServer();
        await server.InitializeAsync(authority, audience);
        return server;
    }

    public static Metadata Bearer(string? token) => token is null ? [] : new Metadata { { "authorization", "Bearer " + token } };

    /// <summary>Applies replica changes as the Organizations service's event handlers will.</summary>
    public async Task ReplicateAsync(Func<IAccessModelWriter, Task> change)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<IAccessModelWriter>());
    }

    public async Task AddRecordAsync(string tenantId, string id, string unitId, string text)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecordsDb>();
        using (TenantContext.Use(tenantId))
        {
            db.Records.Add(new TestRecord { Id = id, TenantId = tenantId, UnitId = unitId, Text = text });
            await db.SaveChangesAsync();
        }
    }

    public async Task<string?> RecordTextAsync(string tenantId, string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecordsDb>();
        using (TenantContext.Use(tenantId))
        {
            return (await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id))?.Text;
        }
    }

    private async Task InitializeAsync(string authority, string audience)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rpc:GrpcPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Rpc:WebPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Identity:Authority"] = authority,
            ["Identity:Audience"] = audience,
            ["Identity:RequireHttpsMetadata"] = "false",
        });
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(Logs));
        builder.AddLedningssystemRpc();
        builder.Services.AddLedningssystemIdentity().AddLedningssystemAccess<RecordsDb>();
        builder.Services.AddScoped<ITenantContext, TenantContext>();
        builder.Services.AddSingleton<IRequestValidator<UpdateRecordRequest>, UpdateRecordValidator>();
        builder.Services.AddDbContext<RecordsDb>(db => db.UseSqlite($"Data Source={Path.Combine(directory, "records.db")}"));

        app = builder.Build();
        app.UseLedningssystemRpc();
        app.MapGrpcService<RecordsApi>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecordsDb>().Database.EnsureCreatedAsync();
        }
        await app.StartAsync();

        channel = RpcChannels.Create(GrpcAddress);
        Client = new RecordService.RecordServiceClient(channel);
    }

    public async ValueTask DisposeAsync()
    {
        channel?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
