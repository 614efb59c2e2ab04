using Ledningssystem.Platform.Events.Tests.Support;
using Xunit.Abstractions;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>How fast the relay drains a backlog into a Dapr sidecar that takes every message at once.</summary>
public sealed class RelayThroughputTests(ITestOutputHelper output) : IDisposable
{
    private const int Counters = 16;
    private const int Commits = 40;
    private const int EventsPerCommit = 100;
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task The_relay_drains_a_backlog_into_the_sidecar_in_order_per_aggregate()
    {
        await using var sidecar = await StandInDaprSidecar.StartAsync(appAddress: null);
        await using var publisher = await EventsHostProcess.StartAsync("publisher", folder.File("publisher.db"), new Dictionary<string, string>
        {
            ["Events:Mode"] = "Dapr",
            ["Events:DaprHttpEndpoint"] = sidecar.Address.ToString(),
        });
        sidecar.FailNextPublishes(int.MaxValue);
        for (var commit = 0; commit < Commits; commit++)
        {
            await publisher.PublishAsync("tenant-t", $"throughput-{commit % Counters}", count: EventsPerCommit);
        }
        const int backlog = Commits * EventsPerCommit;
        await Eventually.WaitForAsync(() => publisher.Database.OutboxAsync(), rows => rows.Count(r => r.Attempts > 0) == Counters,
            TimeSpan.FromSeconds(30), "the relay to try every aggregate while the sidecar fails");

        sidecar.FailNextPublishes(0);
        await Eventually.WaitForAsync(() => Task.FromResult(sidecar.Published.Count), count => count == backlog, TimeSpan.FromSeconds(60), "the backlog");

        var published = sidecar.Published.ToList();
        var seconds = (published[^1].At - published[0].At).TotalSeconds;
        output.WriteLine($"relay throughput, Dapr mode into a sidecar that answers 204 at once: {backlog} events over {Counters} aggregates " +
            $"in {seconds:0.00} s = {backlog / seconds:0} events/s");
        foreach (var aggregate in published.GroupBy(p => p.CloudEvent.GetProperty("subject").GetString()))
        {
            var values = aggregate.Select(p => long.Parse(p.CloudEvent.GetProperty("data").GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(Enumerable.Range(1, aggregate.Count()).Select(v => (long)v), values);
        }
        await Eventually.WaitForAsync(() => publisher.Database.OutboxAsync(), rows => rows.All(r => r.Delivered), TimeSpan.FromSeconds(30), "delivery");
    }

    public void Dispose() => folder.Delete();
}
