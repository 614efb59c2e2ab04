using Ledningssystem.Platform.TestModel;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>
/// Another platform service (the platform's test model) with nothing but AddServiceDefaults: its access replica is
/// kept by the replication handlers every service gets, from the events the Organizations service delivers to it.
/// </summary>
public sealed class ReplicaHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private ReplicaHost(WebApplication app, int webPort)
    {
        this.app = app;
        WebAddress = new Uri($"http://127.0.0.1:{webPort}");
    }

    public Uri WebAddress { get; }

    public static async Task<ReplicaHost> StartAsync(TestDatabase database, DevTokenIssuerProcess issuer)
    {
        var ports = FreePorts.Take(2);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(ServiceSettings.For(ports, database, issuer));
        builder.AddServiceDefaults<NotesDb, SqliteNotesDb, PostgresNotesDb>("notes");
        var app = builder.Build();
        app.MapServiceDefaults<NotesDb>();
        await app.StartAsync();
        return new ReplicaHost(app, ports[1]);
    }

    /// <summary>Runs a scalar SQL query (its column named "Value") on the replica's database.</summary>
    public async Task<T> ScalarAsync<T>(FormattableString sql)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotesDb>().Database.SqlQuery<T>(sql).SingleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
