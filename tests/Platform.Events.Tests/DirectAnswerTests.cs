using Ledningssystem.Platform.Events.Tests.Support;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>In Direct mode the relay reads a subscriber's answers as Dapr's sidecar would.</summary>
public sealed class DirectAnswerTests : IAsyncLifetime
{
    private readonly TemporaryFolder folder = new();
    private ScriptedSubscriber subscriber = null!;
    private EventsHostProcess publisher = null!;

    public async Task InitializeAsync()
    {
        subscriber = await ScriptedSubscriber.StartAsync("eventstest.v1.CounterIncremented");
        publisher = await EventsHostProcess.StartAsync("publisher", folder.File("publisher.db"), EventsHostProcess.DirectTo(subscriber.Address));
    }

    public async Task DisposeAsync()
    {
        await publisher.DisposeAsync();
        await subscriber.DisposeAsync();
        folder.Delete();
    }

    [Fact]
    public async Task Errors_and_unknown_statuses_are_retried_an_empty_2xx_is_success_and_404_drops()
    {
        subscriber.Then(500, """{"error":"boom"}""");
        subscriber.Then(200, """{"status":"LATER"}""");
        subscriber.Then(200, """{"status":"RETRY"}""");
        subscriber.Then(204);
        subscriber.Then(404);
        await publisher.PublishAsync("tenant-h", "answers");
        await publisher.PublishAsync("tenant-h", "answers");

        var outbox = await Eventually.WaitForAsync(() => publisher.Database.OutboxAsync("answers"), rows => rows.All(r => r.Delivered),
            TimeSpan.FromSeconds(30), "delivery");
        Assert.Equal([4, 1], outbox.Select(o => o.Attempts));
        Assert.EndsWith("answered RETRY", outbox[0].LastError, StringComparison.Ordinal);
        Assert.Contains("dropped", outbox[1].LastError, StringComparison.Ordinal);
        Assert.Equal(5, subscriber.Received);
    }
}
