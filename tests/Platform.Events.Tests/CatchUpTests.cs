using Ledningssystem.Platform.Events.Tests.Support;
using Ledningssystem.Testing;
using Xunit.Abstractions;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>
/// A subscriber that is down while the publisher keeps committing gets everything when it comes back, also after an
/// hour of the relay's retries (simulated: the publisher's clock moves on, its retries follow the platform's backoff).
/// </summary>
public sealed class CatchUpTests(ITestOutputHelper output) : IDisposable
{
    private const int Counters = 8;
    private const int Commits = 40;
    private const int EventsPerCommit = 50;
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task A_subscriber_that_was_down_receives_every_event_in_order_when_it_returns()
    {
        var subscriberPorts = FreePorts.Take(2);
        var subscriberDb = folder.File("subscriber.db");
        var subscriber = await EventsHostProcess.StartAsync("subscriber", subscriberDb, ports: subscriberPorts);
        await using var publisher = await EventsHostProcess.StartAsync("publisher", folder.File("publisher.db"), EventsHostProcess.DirectTo(subscriber));
        await publisher.PublishAsync("tenant-f", "catch-up-0");
        await Eventually.WaitForCountAsync(() => subscriber.Database.AppliedAsync("catch-up"), 1, TimeSpan.FromSeconds(30), "the first event");
        await subscriber.DisposeAsync();

        for (var commit = 0; commit < Commits; commit++)
        {
            await publisher.PublishAsync("tenant-f", $"catch-up-{commit % Counters}", count: EventsPerCommit);
        }
        const int backlog = Commits * EventsPerCommit;
        var waiting = await Eventually.WaitForAsync(() => publisher.Database.OutboxAsync("catch-up"),
            rows => rows.Count(r => !r.Delivered) == backlog && rows.Count(r => r.Attempts > 0 && !r.Delivered) == Counters,
            TimeSpan.FromSeconds(30), "the relay to try every aggregate while the subscriber is down");
        Assert.All(waiting.Where(r => r.Attempts > 0 && !r.Delivered), r => Assert.Contains("unreachable", r.LastError, StringComparison.Ordinal));
        Assert.True(await publisher.MetricAsync("events.outbox.lag") > 0);

        await using var returned = await EventsHostProcess.StartAsync("subscriber", subscriberDb, ports: subscriberPorts);
        var applied = await Eventually.WaitForCountAsync(() => returned.Database.AppliedAsync("catch-up"), backlog + 1, TimeSpan.FromSeconds(90), "applied events");
        await Eventually.WaitForAsync(() => publisher.Database.OutboxAsync("catch-up"), rows => rows.All(r => r.Delivered), TimeSpan.FromSeconds(30), "delivery");

        var caughtUp = applied.Skip(1).ToList();
        var seconds = (caughtUp[^1].AppliedAtMs - caughtUp[0].AppliedAtMs) / 1000.0;
        output.WriteLine($"relay throughput, Direct mode, catching up {backlog} events over {Counters} aggregates: " +
            $"{backlog / seconds:0} events/s ({seconds:0.00} s from first to last application, each in its own subscriber transaction)");
        Assert.Equal(applied.Count, applied.Select(a => a.EventId).Distinct().Count());
        foreach (var counter in applied.GroupBy(a => a.CounterId))
        {
            Assert.Equal(Enumerable.Range(1, counter.Count()).Select(v => (long)v), counter.Select(a => a.Value));
        }
        Assert.Equal(0, await Eventually.WaitForAsync(() => publisher.MetricAsync("events.outbox.lag"), lag => lag == 0, TimeSpan.FromSeconds(10), "the lag to fall to 0"));
    }

    [Fact]
    public async Task A_subscriber_down_for_an_hour_of_retries_gets_every_event_once_after_the_longest_retry_delay()
    {
        // The platform's own backoff (0.5 s doubling up to 5 min), not the tests' fast one: the hour is simulated.
        var retryMaxDelay = TimeSpan.FromMinutes(5);
        var platformBackoff = new Dictionary<string, string>
        {
            ["Events:RetryInitialDelay"] = "00:00:00.5",
            ["Events:RetryMaxDelay"] = retryMaxDelay.ToString(),
        };
        var subscriberPorts = FreePorts.Take(2);
        var subscriberDb = folder.File("subscriber.db");
        var subscriber = await EventsHostProcess.StartAsync("subscriber", subscriberDb, ports: subscriberPorts);
        await using var publisher = await EventsHostProcess.StartAsync("publisher", folder.File("publisher.db"),
            new Dictionary<string, string>(EventsHostProcess.DirectTo(subscriber).Concat(platformBackoff)));
        await publisher.PublishAsync("tenant-o", "outage-0");
        await Eventually.WaitForCountAsync(() => subscriber.Database.AppliedAsync("outage"), 1, TimeSpan.FromSeconds(30), "the first event");
        await subscriber.DisposeAsync();
        for (var commit = 0; commit < 40; commit++)
        {
            await publisher.PublishAsync("tenant-o", $"outage-{commit % 4}", count: 5);
        }

        // An hour in one-minute steps; after each, wait until the relay has tried every aggregate that was due.
        for (var minute = 1; minute <= 60; minute++)
        {
            var now = await publisher.AdvanceClockAsync(TimeSpan.FromMinutes(1));
            await Eventually.WaitForAsync(() => publisher.Database.OutboxAsync("outage"),
                rows => rows.Where(r => !r.Delivered).GroupBy(r => r.AggregateId).All(aggregate => aggregate.Any(r => r.NextAttemptAtMs > now)),
                TimeSpan.FromSeconds(30), $"the relay's attempts of minute {minute}");
        }
        var afterAnHour = await publisher.Database.OutboxAsync("outage");
        var tried = afterAnHour.Where(r => r.Attempts > 0 && !r.Delivered).ToList();
        output.WriteLine($"after an hour down: {afterAnHour.Count(r => !r.Delivered)} events waiting, attempts per aggregate {string.Join(", ", tried.Select(r => r.Attempts))}, lag {await publisher.MetricAsync("events.outbox.lag"):0} s");
        Assert.Equal(4 * 50, afterAnHour.Count(r => !r.Delivered));
        Assert.All(tried, r => Assert.InRange(r.Attempts, 10, 60));
        Assert.True(await publisher.MetricAsync("events.outbox.lag") >= 3600);

        await using var returned = await EventsHostProcess.StartAsync("subscriber", subscriberDb, ports: subscriberPorts);
        await publisher.AdvanceClockAsync(retryMaxDelay);
        var applied = await Eventually.WaitForCountAsync(() => returned.Database.AppliedAsync("outage"), 4 * 50 + 1, TimeSpan.FromSeconds(90), "applied events");
        await Eventually.WaitForAsync(() => publisher.Database.OutboxAsync("outage"), rows => rows.All(r => r.Delivered), TimeSpan.FromSeconds(30), "delivery");

        Assert.Equal(applied.Count, applied.Select(a => a.EventId).Distinct().Count());
        foreach (var counter in applied.GroupBy(a => a.CounterId))
        {
            Assert.Equal(Enumerable.Range(1, counter.Count()).Select(v => (long)v), counter.Select(a => a.Value));
        }
    }

    public void Dispose() => folder.Delete();
}
