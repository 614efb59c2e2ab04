namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>A subscriber process and a publisher process relaying to it in Direct mode, shared by a collection of tests.</summary>
public sealed class DirectPairFixture : IAsyncLifetime
{
    public const string DeadLetterTopic = "eventstest-deadletter";

    /// <summary>Both processes' app API token: the publisher's relay shows it, the subscriber's routes demand it.</summary>
    public const string AppApiToken = "direct-pair-app-token";

    private readonly TemporaryFolder folder = new();

    public EventsHostProcess Subscriber { get; private set; } = null!;

    public EventsHostProcess Publisher { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Subscriber = await EventsHostProcess.StartAsync(
            "subscriber",
            folder.File("subscriber.db"),
            new Dictionary<string, string> { ["Events:DeadLetterTopic"] = DeadLetterTopic, ["Events:AppApiToken"] = AppApiToken });
        Subscriber.Http.DefaultRequestHeaders.Add("dapr-api-token", AppApiToken);
        Publisher = await EventsHostProcess.StartAsync(
            "publisher", folder.File("publisher.db"), new Dictionary<string, string>(EventsHostProcess.DirectTo(Subscriber)) { ["Events:AppApiToken"] = AppApiToken });
    }

    public async Task DisposeAsync()
    {
        await Publisher.DisposeAsync();
        await Subscriber.DisposeAsync();
        folder.Delete();
    }
}

[CollectionDefinition(Name)]
public sealed class DirectPairGroup : ICollectionFixture<DirectPairFixture>
{
    public const string Name = "Direct pair";
}
