using System.Diagnostics.Metrics;
using Ledningssystem.Platform.Events.Tests.Host;
using Ledningssystem.Platform.Events.Tests.Support;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>
/// The relay's lease on the database <see cref="TestDatabase"/> gives: on PostgreSQL one relay of those sharing a database
/// leads, on SQLite (one process per file) every relay does.
/// </summary>
[Trait("Category", "Database")]
public sealed class RelayLeaseTests
{
    [Fact]
    public async Task Of_two_relays_on_one_database_one_leads_on_PostgreSQL_and_both_on_SQLite()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = HostServices.On(database, TimeProvider.System);
        var first = LeaseOf(services, "relay-a");
        var second = LeaseOf(services, "relay-b");
        try
        {
            Assert.True(await first.TryLeadAsync(CancellationToken.None));
            Assert.Equal(!database.IsPostgres, await second.TryLeadAsync(CancellationToken.None));
            Assert.True(await first.TryLeadAsync(CancellationToken.None));

            await first.ReleaseAsync();
            Assert.False(first.IsLeading);
            // The server ends the closed session a moment later; a standby tries again on its poll interval.
            await Eventually.WaitForAsync(() => second.TryLeadAsync(CancellationToken.None), leads => leads, TimeSpan.FromSeconds(5), "the released lease");
        }
        finally
        {
            await first.ReleaseAsync();
            await second.ReleaseAsync();
        }
    }

    /// <summary>SQLite has no lease to lose; this is about a leader whose PostgreSQL session ends while its process lives.</summary>
    [PostgresFact]
    public async Task A_leader_whose_connection_drops_stands_by_and_the_other_relay_takes_over()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = HostServices.On(database, TimeProvider.System);
        var first = LeaseOf(services, "relay-a");
        var second = LeaseOf(services, "relay-b");
        try
        {
            Assert.True(await first.TryLeadAsync(CancellationToken.None));
            Assert.False(await second.TryLeadAsync(CancellationToken.None));

            await TerminateLockHolderAsync(database);
            Assert.False(await first.TryLeadAsync(CancellationToken.None));
            Assert.True(await second.TryLeadAsync(CancellationToken.None));
            Assert.False(await first.TryLeadAsync(CancellationToken.None));
            Assert.True(second.IsLeading);
        }
        finally
        {
            await first.ReleaseAsync();
            await second.ReleaseAsync();
        }
    }

    private static RelayLease<HostDb> LeaseOf(ServiceProvider services, string source) => new(
        services.GetRequiredService<IServiceScopeFactory>(),
        new EventsTelemetry(services.GetRequiredService<IMeterFactory>(), TimeProvider.System),
        Options.Create(new EventsOptions { Source = source }),
        NullLogger<RelayLease<HostDb>>.Instance);

    /// <summary>Ends the session holding the test database's advisory lock, as a dropped connection or a database restart would.</summary>
    private static async Task TerminateLockHolderAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        // With a timeout, pg_terminate_backend returns once the session has ended and its locks are released.
        await using var terminate = new NpgsqlCommand("""
            SELECT pg_terminate_backend(pid, 5000) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, connection);
        Assert.True((bool)(await terminate.ExecuteScalarAsync())!);
    }
}
