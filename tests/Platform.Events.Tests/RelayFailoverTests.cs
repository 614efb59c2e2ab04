using System.Diagnostics;
using Ledningssystem.Platform.Events.Tests.Support;
using Ledningssystem.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>
/// Two replicas of a publishing service (processes) on one PostgreSQL database, relaying to one subscriber: only the
/// replica holding the lease delivers, and when it is killed (SIGKILL) the other takes over and delivers the rest.
/// </summary>
[Trait("Category", "Database")]
public sealed class RelayFailoverTests(ITestOutputHelper output) : IDisposable
{
    private const int Counters = 4;
    private const int EventsPerCommit = 25;
    private const int CommitsPerHalf = 20;
    private const int Half = CommitsPerHalf * EventsPerCommit;
    private const int Total = 2 * Half;
    private const int KillAfter = Total / 4;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TemporaryFolder folder = new();
    private int commits;

    /// <summary>On SQLite every process leads its own file; replicas sharing a database exist on PostgreSQL only.</summary>
    [PostgresFact]
    public async Task Only_the_leading_replica_delivers_and_the_other_takes_over_when_it_is_killed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var subscriber = await EventsHostProcess.StartAsync("subscriber", folder.File("subscriber.db"));
        var settings = EventsHostProcess.DirectTo(subscriber);
        await using var replicaA = await EventsHostProcess.StartAsync("replica-a", database, settings);
        await using var replicaB = await EventsHostProcess.StartAsync("replica-b", database, settings);
        EventsHostProcess[] replicas = [replicaA, replicaB];
        var leader = (await Eventually.WaitForAsync(() => LeadersAsync(replicas), l => l.Count == 1, Patience, "one leader")).Single();
        var survivor = replicas.Single(r => r != leader);

        // Calls reach both replicas, as behind a Service; one call at a time, since an aggregate's commits must not overlap.
        await PublishHalfAsync(replicas);
        await Eventually.WaitForAsync(async () => (await subscriber.Database.AppliedAsync("failover")).Count,
            count => count >= KillAfter, Patience, $"{KillAfter} applied events");
        Assert.Equal([leader], await LeadersAsync(replicas));
        var duplicatesBeforeKill = await subscriber.MetricAsync("events.inbox.duplicates_suppressed");

        var killedAt = DateTimeOffset.UtcNow;
        var sinceKill = Stopwatch.StartNew();
        await leader.DisposeAsync();
        var publishing = PublishHalfAsync([survivor]);
        await Eventually.WaitForAsync(() => LeadersAsync([survivor]), l => l.Count == 1, Patience, "the survivor to lead");
        var takeOver = sinceKill.Elapsed;
        await publishing;
        var applied = await Eventually.WaitForAsync(() => subscriber.Database.AppliedAsync("failover"), rows => rows.Count >= Total, Patience, "every event");
        Assert.Equal(0, await Eventually.WaitForAsync(() => PendingAsync(database), pending => pending == 0, Patience, "the outbox to drain"));
        var duplicates = await subscriber.MetricAsync("events.inbox.duplicates_suppressed");

        var firstBySurvivor = applied.FindIndex(a => a.Source == survivor.Role);
        Assert.InRange(firstBySurvivor, KillAfter, Half);
        output.WriteLine($"leader {leader.Role} killed after {firstBySurvivor} of {Total} events applied; {survivor.Role} led {takeOver.TotalMilliseconds:0} ms later " +
            $"and its first delivery was applied {applied[firstBySurvivor].AppliedAtMs - killedAt.ToUnixTimeMilliseconds()} ms after the kill; " +
            $"duplicates suppressed by the inbox: {duplicatesBeforeKill} before the kill, {duplicates - duplicatesBeforeKill} after");
        Assert.Equal(0, duplicatesBeforeKill);
        Assert.All(applied[..firstBySurvivor], a => Assert.Equal(leader.Role, a.Source));
        Assert.All(applied[firstBySurvivor..], a => Assert.Equal(survivor.Role, a.Source));
        Assert.Equal(Total, applied.Select(a => a.EventId).Distinct().Count());
        Assert.Equal(Total, applied.Count);
        foreach (var counter in applied.GroupBy(a => a.CounterId))
        {
            Assert.Equal(Enumerable.Range(1, Total / Counters).Select(v => (long)v), counter.Select(a => a.Value));
        }
        Assert.Contains("Outbox relay is leader", leader.Output, StringComparison.Ordinal);
        Assert.InRange(survivor.Output.IndexOf("Outbox relay is standing by", StringComparison.Ordinal),
            0, survivor.Output.LastIndexOf("Outbox relay is leader", StringComparison.Ordinal) - 1);
    }

    /// <summary>Commits half of the events, round robin over the counters, each round through the next of <paramref name="replicas"/>.</summary>
    private async Task PublishHalfAsync(EventsHostProcess[] replicas)
    {
        for (var i = 0; i < CommitsPerHalf; i++, commits++)
        {
            await replicas[commits / Counters % replicas.Length].PublishAsync("tenant-r", $"failover-{commits % Counters}", count: EventsPerCommit);
        }
    }

    /// <summary>The replicas whose relay reports that it leads; more than one at a time fails the test at once.</summary>
    private static async Task<List<EventsHostProcess>> LeadersAsync(EventsHostProcess[] replicas)
    {
        var leaders = new List<EventsHostProcess>();
        foreach (var replica in replicas)
        {
            if (await replica.MetricAsync("events.relay.leader") == 1)
            {
                leaders.Add(replica);
            }
        }
        Assert.True(leaders.Count <= 1, $"{leaders.Count} relays lead at once");
        return leaders;
    }

    private static async Task<long> PendingAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT COUNT(*) FROM event_outbox WHERE "DeliveredAt" IS NULL""", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public void Dispose() => folder.Delete();
}
