using System.Diagnostics;
using System.Globalization;
using Ledningssystem.Platform.Events.Tests.Support;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>The relay in Dapr mode, publishing to a stand-in sidecar that delivers to a subscriber process.</summary>
public sealed class DaprSidecarTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TemporaryFolder folder = new();
    private EventsHostProcess subscriber = null!;
    private StandInDaprSidecar sidecar = null!;
    private EventsHostProcess publisher = null!;

    public async Task InitializeAsync()
    {
        subscriber = await EventsHostProcess.StartAsync("subscriber", folder.File("subscriber.db"));
        sidecar = await StandInDaprSidecar.StartAsync(subscriber.WebAddress);
        publisher = await EventsHostProcess.StartAsync("publisher", folder.File("publisher.db"), new Dictionary<string, string>
        {
            ["Events:Mode"] = "Dapr",
            ["Events:DaprHttpEndpoint"] = sidecar.Address.ToString(),
        });
    }

    public async Task DisposeAsync()
    {
        await publisher.DisposeAsync();
        await sidecar.DisposeAsync();
        await subscriber.DisposeAsync();
        folder.Delete();
    }

    [Fact]
    public async Task The_relay_publishes_structured_CloudEvents_that_the_sidecar_delivers_in_the_same_trace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var published = await publisher.PublishAsync("tenant-x", "dapr", count: 3, traceParent: $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var applied = await Eventually.WaitForCountAsync(() => subscriber.Database.AppliedAsync("dapr"), 3, Patience, "applied events");
        Assert.Equal(published.EventIds, applied.Select(a => a.EventId));
        var requests = sidecar.Published.ToList();
        Assert.Equal(3, requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var (request, cloudEvent) = (requests[i], requests[i].CloudEvent);
            Assert.Equal(("pubsub", "eventstest.v1.CounterIncremented", "application/cloudevents+json"), (request.PubSubName, request.Topic, request.ContentType));
            Assert.Equal("1.0", cloudEvent.GetProperty("specversion").GetString());
            Assert.Equal(published.EventIds[i], cloudEvent.GetProperty("id").GetString());
            Assert.Equal("publisher", cloudEvent.GetProperty("source").GetString());
            Assert.Equal("eventstest.v1.CounterIncremented", cloudEvent.GetProperty("type").GetString());
            Assert.Equal("application/json", cloudEvent.GetProperty("datacontenttype").GetString());
            Assert.Equal("dapr", cloudEvent.GetProperty("subject").GetString());
            Assert.Equal("tenant-x", cloudEvent.GetProperty("tenantid").GetString());
            Assert.True(DateTimeOffset.TryParse(cloudEvent.GetProperty("time").GetString(), CultureInfo.InvariantCulture, out _));
            Assert.Equal("dapr", cloudEvent.GetProperty("data").GetProperty("counterId").GetString());
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), cloudEvent.GetProperty("data").GetProperty("value").GetString());
            // The handling span is a child of the span the CloudEvent names, in the caller's trace.
            var traceParent = cloudEvent.GetProperty("traceparent").GetString()!.Split('-');
            Assert.Equal((traceId.ToString(), traceParent[1], traceParent[2]), (applied[i].TraceId, applied[i].TraceId, applied[i].ParentSpanId));
        }
    }

    [Fact]
    public async Task Sidecar_errors_are_retried_by_the_relay_and_the_sidecar_retries_RETRY_and_drops_DROP()
    {
        sidecar.FailNextPublishes(3);
        var retried = await publisher.PublishAsync("tenant-y", "sidecar", failTimes: 2);
        var poison = await publisher.PublishAsync("tenant-y", "sidecar", poison: true);
        var last = await publisher.PublishAsync("tenant-y", "sidecar");

        var applied = await Eventually.WaitForCountAsync(() => subscriber.Database.AppliedAsync("sidecar"), 2, Patience, "applied events");
        Assert.Equal(retried.EventIds.Concat(last.EventIds), applied.Select(a => a.EventId));
        var outbox = await publisher.Database.OutboxAsync("sidecar");
        Assert.Equal([4, 1, 1], outbox.Select(o => o.Attempts));
        Assert.Contains("500", outbox[0].LastError, StringComparison.Ordinal);
        Assert.Equal(["RETRY", "RETRY", "SUCCESS"], Statuses(retried.EventIds[0]));
        Assert.Equal(["DROP"], Statuses(poison.EventIds[0]));
        Assert.True(await publisher.MetricAsync("events.relay.failed_attempts") >= 3);
    }

    private List<string> Statuses(string eventId) => sidecar.Deliveries.Where(d => d.EventId == eventId).Select(d => d.Status).ToList();
}
