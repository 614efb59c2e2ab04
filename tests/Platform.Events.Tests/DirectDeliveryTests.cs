using System.Diagnostics;
using Ledningssystem.Platform.Events.Tests.Support;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>The relay in Direct mode (no sidecar) between two real processes, each with its SQLite file.</summary>
[Collection(DirectPairGroup.Name)]
public sealed class DirectDeliveryTests(DirectPairFixture pair)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private EventsHostProcess Publisher => pair.Publisher;

    private EventsHostProcess Subscriber => pair.Subscriber;

    [Fact]
    public async Task A_committed_event_is_handled_once_with_its_CloudEvent_attributes_in_the_callers_trace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        var published = await Publisher.PublishAsync("tenant-a", "round-trip", traceParent: $"00-{traceId}-{callerSpan}-01");

        var applied = Assert.Single(await Eventually.WaitForCountAsync(() => Subscriber.Database.AppliedAsync("round-trip"), 1, Patience, "applied events"));
        var outbox = Assert.Single(await Eventually.WaitForAsync(() => Publisher.Database.OutboxAsync("round-trip"), rows => rows.All(r => r.Delivered), Patience, "delivery"));
        Assert.Equal(Assert.Single(published.EventIds), applied.EventId);
        Assert.Equal(("tenant-a", "publisher", "round-trip", 1L), (applied.TenantId, applied.Source, applied.Subject, applied.Value));
        Assert.True(DateTimeOffset.Parse(applied.OccurredAt!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal((1, "tenant-a", "round-trip"), (outbox.Attempts, outbox.TenantId, outbox.AggregateId));
        // One trace: the call, the publish span (stored in the outbox), the relay's send span, the handling span.
        Assert.Equal(traceId.ToString(), applied.TraceId);
        Assert.StartsWith($"00-{traceId}-", outbox.TraceParent, StringComparison.Ordinal);
        Assert.DoesNotContain(callerSpan.ToString(), outbox.TraceParent, StringComparison.Ordinal);
        Assert.NotEqual(default(ActivitySpanId).ToString(), applied.ParentSpanId);
        Assert.DoesNotContain(applied.ParentSpanId!, outbox.TraceParent, StringComparison.Ordinal);

        await Task.Delay(500);
        Assert.Single(await Subscriber.Database.AppliedAsync("round-trip"));
    }

    [Fact]
    public async Task An_event_published_in_a_rolled_back_transaction_is_never_delivered()
    {
        var rolledBack = await Publisher.PublishAsync("tenant-a", "rollback", count: 2, rollback: true);
        var committed = await Publisher.PublishAsync("tenant-a", "rollback");

        // The committed event comes after the rolled-back ones in every order the relay knows.
        var applied = await Eventually.WaitForCountAsync(() => Subscriber.Database.AppliedAsync("rollback"), 1, Patience, "applied events");
        await Task.Delay(500);
        applied = await Subscriber.Database.AppliedAsync("rollback");
        Assert.Equal(committed.EventIds, applied.Select(a => a.EventId));
        Assert.Equal([1L], applied.Select(a => a.Value));
        Assert.DoesNotContain((await Publisher.Database.OutboxAsync("rollback")).Select(o => o.EventId), rolledBack.EventIds.Contains);
    }

    [Fact]
    public async Task Events_of_each_aggregate_are_applied_in_order_while_some_are_retried()
    {
        string[] counters = ["order-a", "order-b", "order-c"];
        for (var round = 0; round < 8; round++)
        {
            foreach (var counter in counters)
            {
                // Every third event is answered RETRY (database busy) twice before it goes through.
                await Publisher.PublishAsync("tenant-b", counter, failTimes: round % 3 == 0 ? 2 : 0);
            }
        }

        var applied = await Eventually.WaitForCountAsync(() => Subscriber.Database.AppliedAsync("order-"), 24, Patience, "applied events");
        foreach (var counter in counters)
        {
            Assert.Equal(Enumerable.Range(1, 8).Select(v => (long)v), applied.Where(a => a.CounterId == counter).Select(a => a.Value));
        }
        var outbox = await Eventually.WaitForAsync(() => Publisher.Database.OutboxAsync("order-"), rows => rows.All(r => r.Delivered), Patience, "delivery");
        Assert.Equal(9, outbox.Count(o => o.Attempts == 3));
        Assert.Equal(15, outbox.Count(o => o.Attempts == 1));
        Assert.Equal(outbox.Count, applied.Select(a => a.EventId).Distinct().Count());
    }

    [Fact]
    public async Task A_failing_event_holds_back_its_own_aggregate_only_and_RETRY_is_retried_until_it_succeeds()
    {
        var stuck = await Publisher.PublishAsync("tenant-c", "held", failUntilHealed: true);
        var behind = await Publisher.PublishAsync("tenant-c", "held");
        await Publisher.PublishAsync("tenant-c", "free", count: 5);

        await Eventually.WaitForCountAsync(() => Subscriber.Database.AppliedAsync("free"), 5, Patience, "events of the other aggregate");
        var held = await Eventually.WaitForAsync(() => Publisher.Database.OutboxAsync("held"), rows => rows[0].Attempts >= 2, Patience, "retries");
        Assert.Empty(await Subscriber.Database.AppliedAsync("held"));
        Assert.False(held[0].Delivered);
        Assert.Contains("RETRY", held[0].LastError, StringComparison.Ordinal);
        Assert.Equal((0, false), (held[1].Attempts, held[1].Delivered));
        Assert.Equal(5, (await Subscriber.Database.AppliedAsync("free")).Count);

        (await Subscriber.Http.PostAsync("/heal", null)).EnsureSuccessStatusCode();
        var applied = await Eventually.WaitForCountAsync(() => Subscriber.Database.AppliedAsync("held"), 2, Patience, "the held events");
        Assert.Equal(stuck.EventIds.Concat(behind.EventIds), applied.Select(a => a.EventId));
    }

    [Fact]
    public async Task A_dropped_event_leaves_the_outbox_without_effect_and_its_aggregate_goes_on()
    {
        var poison = await Publisher.PublishAsync("tenant-d", "dropped", poison: true);
        var next = await Publisher.PublishAsync("tenant-d", "dropped");

        var applied = await Eventually.WaitForCountAsync(() => Subscriber.Database.AppliedAsync("dropped"), 1, Patience, "the event after the dropped one");
        Assert.Equal(next.EventIds, applied.Select(a => a.EventId));
        var outbox = await Eventually.WaitForAsync(() => Publisher.Database.OutboxAsync("dropped"), rows => rows.All(r => r.Delivered), Patience, "delivery");
        Assert.Equal(poison.EventIds, [outbox[0].EventId]);
        Assert.Equal(1, outbox[0].Attempts);
        Assert.Contains("dropped", outbox[0].LastError, StringComparison.Ordinal);
        Assert.True(await Subscriber.MetricAsync("events.handled:DROP") >= 1);
    }
}
