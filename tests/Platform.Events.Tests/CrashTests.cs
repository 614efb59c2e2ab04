using System.Globalization;
using System.Text.RegularExpressions;
using Ledningssystem.Platform.Events.Tests.Host;
using Ledningssystem.Platform.Events.Tests.Support;
using Ledningssystem.Testing;
using Xunit.Abstractions;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>A publisher killed (SIGKILL) in the middle of a burst and restarted on the same SQLite file.</summary>
public sealed partial class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Burst = 4000;
    private const int KillAfter = 1500;
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task The_subscriber_applies_exactly_the_committed_events_once_although_the_publisher_was_killed_mid_burst()
    {
        await using var subscriber = await EventsHostProcess.StartAsync("subscriber", folder.File("subscriber.db"));
        var settings = EventsHostProcess.DirectTo(subscriber);
        settings["Burst:Total"] = Burst.ToString(CultureInfo.InvariantCulture);
        var ports = FreePorts.Take(2);
        var publisherDb = folder.File("publisher.db");

        var firstRun = await EventsHostProcess.StartAsync("publisher", publisherDb, settings, ports, readyMarker: $"burst attempt {KillAfter}");
        await firstRun.DisposeAsync(); // SIGKILL, mid-burst and mid-delivery
        var attemptedBeforeKill = LastAttempt(firstRun.Output);
        var database = new HostDatabase(publisherDb);
        var committedBeforeKill = await database.CountAsync("SELECT COUNT(*) FROM event_outbox");
        var pendingAtKill = await database.CountAsync("SELECT COUNT(*) FROM event_outbox WHERE DeliveredAt IS NULL");

        await using var secondRun = await EventsHostProcess.StartAsync("publisher", publisherDb, settings, ports);
        await Eventually.WaitForAsync(() => Task.FromResult(secondRun.Output), o => o.Contains("burst done", StringComparison.Ordinal),
            TimeSpan.FromSeconds(90), "the restarted burst to finish");
        var outbox = await Eventually.WaitForAsync(() => database.OutboxAsync(), rows => rows.All(r => r.Delivered), TimeSpan.FromSeconds(90), "the outbox to drain");
        var applied = await subscriber.Database.AppliedAsync();
        var duplicates = await subscriber.MetricAsync("events.inbox.duplicates_suppressed");
        var attempted = attemptedBeforeKill + (Burst - committedBeforeKill);

        output.WriteLine($"events attempted: {attempted} ({attemptedBeforeKill} before the kill, {Burst - committedBeforeKill} after the restart)");
        output.WriteLine($"events committed: {outbox.Count} ({committedBeforeKill} before the kill, of which {pendingAtKill} not yet delivered)");
        output.WriteLine($"events delivered and applied: {applied.Select(a => a.EventId).Distinct().Count()} in {applied.Count} applications");
        output.WriteLine($"duplicate deliveries suppressed by the inbox: {duplicates}");

        Assert.Equal(Burst, outbox.Count);
        Assert.Equal(Burst, await database.CountAsync("SELECT SUM(Value) FROM counters"));
        Assert.InRange(attemptedBeforeKill - committedBeforeKill, 0, 1);
        Assert.Equal(outbox.Select(o => o.EventId).Order(), applied.Select(a => a.EventId).Order());
        foreach (var counter in applied.GroupBy(a => a.CounterId))
        {
            Assert.Equal(Enumerable.Range(1, counter.Count()).Select(v => (long)v), counter.Select(a => a.Value));
        }
    }

    private static long LastAttempt(string processOutput) =>
        AttemptLine().Matches(processOutput).Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty().Max();

    [GeneratedRegex(@"burst attempt (\d+)")]
    private static partial Regex AttemptLine();

    public void Dispose() => folder.Delete();
}
