using Grpc.Health.V1;
using Ledningssystem.Platform.TestModel;
using Ledningssystem.Rpc;
using Ledningssystem.Rpc.Client;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Platform.Data.Tests;

/// <summary>A service applies its migrations at start-up and answers NOT_SERVING until its schema is current.</summary>
[Trait("Category", "Database")]
public sealed class StartupMigrationTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Service_migrates_at_start_up_and_then_serves()
    {
        await using var service = await StartAsync(migrateOnStartup: true);

        await ServiceHealth.WaitForAsync(service.GrpcAddress, timeout: TimeSpan.FromSeconds(30));
        await using var db = NotesDatabase.Open(database, new TenantContext(new TestCaller()));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        if (!database.IsPostgres)
        {
            Assert.Equal("wal", await JournalModeAsync());
        }
    }

    [Fact]
    public async Task Service_with_pending_migrations_it_may_not_apply_stays_not_serving()
    {
        await using var service = await StartAsync(migrateOnStartup: false);

        await Task.Delay(500);
        var reply = await service.Health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, reply.Status);
    }

    [Fact]
    public async Task Migration_job_mode_migrates_and_stops_the_service()
    {
        await using var service = await StartAsync(migrateOnStartup: false, migrateAndExit: true);

        var stopped = new TaskCompletionSource();
        service.App.Lifetime.ApplicationStopping.Register(stopped.SetResult);
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await using var db = NotesDatabase.Open(database, new TenantContext(new TestCaller()));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, Environment.ExitCode);
    }

    private async Task<RunningService> StartAsync(bool migrateOnStartup, bool migrateAndExit = false)
    {
        var ports = FreePorts.Take(2);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rpc:GrpcPort"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rpc:WebPort"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Database:Provider"] = database.ProviderSetting,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Database:MigrateOnStartup"] = migrateOnStartup ? "true" : "false",
            ["Database:MigrateAndExit"] = migrateAndExit ? "true" : "false",
        });
        builder.AddLedningssystemRpc();
        builder.Services.AddSingleton<ICallerSource>(new TestCaller());
        builder.AddServiceDatabase<NotesDb, SqliteNotesDb, PostgresNotesDb>("notes");
        var app = builder.Build();
        app.UseLedningssystemRpc();
        await app.StartAsync();
        var address = new Uri($"http://127.0.0.1:{ports[0]}");
        var channel = RpcChannels.Create(address);
        return new RunningService(app, address, channel, new Health.HealthClient(channel));
    }

    private async Task<string?> JournalModeAsync()
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string?)await command.ExecuteScalarAsync();
    }

    private sealed record RunningService(WebApplication App, Uri GrpcAddress, Grpc.Net.Client.GrpcChannel Channel, Health.HealthClient Health) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Channel.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
