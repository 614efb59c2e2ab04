using System.Globalization;
using System.Net;
using System.Text.Json;
using Ledningssystem.Platform.Events.Tests.Support;
using Ledningssystem.Testing;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>
/// Dropped events as the operator sees them: kept in the subscriber's own dead-letter table (SQLite file), listed and
/// replayed over the operator's HTTP routes with the app API token, applied once when the cause is fixed.
/// </summary>
public sealed class DeadLetterTests : IAsyncLifetime
{
    private const string Type = "eventstest.v1.CounterIncremented";
    private const string Token = "dead-letter-app-token";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TemporaryFolder folder = new();
    private EventsHostProcess subscriber = null!;
    private EventsHostProcess? publisher;
    private DeadLetterClient deadLetters = null!;

    public async Task InitializeAsync()
    {
        subscriber = await EventsHostProcess.StartAsync("subscriber", folder.File("subscriber.db"), new Dictionary<string, string> { ["Events:AppApiToken"] = Token });
        subscriber.Http.DefaultRequestHeaders.Add("dapr-api-token", Token);
        deadLetters = new DeadLetterClient(subscriber.Http);
    }

    public async Task DisposeAsync()
    {
        if (publisher is not null)
        {
            await publisher.DisposeAsync();
        }
        await subscriber.DisposeAsync();
        folder.Delete();
    }

    [Fact]
    public async Task A_poison_event_is_dropped_once_and_listed_with_its_reason_and_payload_instead_of_being_retried()
    {
        var publisher = await StartPublisherAsync();
        var eventId = (await publisher.PublishAsync("tenant-a", "poisoned", poison: true)).EventIds.Single();
        await publisher.PublishAsync("tenant-a", "poisoned");

        // The publisher's relay counts the DROP as an answer: the event is done there and its aggregate moves on.
        await Eventually.TrueAsync(async () => (await subscriber.Database.AppliedAsync("poisoned")).Count == 1, "the next event of the aggregate was applied");
        var dropped = await Eventually.WaitForAsync(() => deadLetters.FindAsync(eventId), d => d is not null, Patience, "the dead letter");
        await Eventually.TrueAsync(async () => (await publisher.Database.OutboxAsync("poisoned")).All(r => r.Delivered), "the outbox row was marked done");
        await Task.Delay(TimeSpan.FromSeconds(2)); // several of the relay's retry intervals (50 ms to 1 s)

        var listed = await deadLetters.FindAsync(eventId);
        Assert.NotNull(listed);
        Assert.Equal(1, listed.Drops);
        Assert.Equal(dropped!.Id, listed.Id);
        Assert.Equal((Type, Type, "publisher", "tenant-a"), (listed.Topic, listed.Type, listed.Source, listed.TenantId));
        Assert.Equal("the event asks to be dropped", listed.Reason);
        using (var body = JsonDocument.Parse(listed.Body))
        {
            Assert.Equal(eventId, body.RootElement.GetProperty("id").GetString());
            Assert.Equal("poisoned", body.RootElement.GetProperty("data").GetProperty("counterId").GetString());
        }
        Assert.Equal(1, await subscriber.MetricAsync("events.dead_letters.waiting"));
        Assert.Equal(1, await subscriber.MetricAsync("events.handled:DROP"));
    }

    [Fact]
    public async Task A_replay_after_the_fix_applies_the_event_once_and_removes_it_and_a_redelivery_stays_suppressed()
    {
        var publisher = await StartPublisherAsync();
        var eventId = (await publisher.PublishAsync("tenant-a", "cured", poison: true)).EventIds.Single();
        var dropped = await Eventually.WaitForAsync(() => deadLetters.FindAsync(eventId), d => d is not null, Patience, "the dead letter");

        using (var cure = await subscriber.Http.PostAsync("/cure?counter=cured", null))
        {
            cure.EnsureSuccessStatusCode();
        }
        Assert.Equal(("SUCCESS", (string?)null), await deadLetters.ReplayAsync(dropped!.Id));

        Assert.Equal([eventId], (await subscriber.Database.AppliedAsync("cured")).Select(a => a.EventId));
        Assert.Null(await deadLetters.FindAsync(eventId));
        Assert.Equal(0, await subscriber.MetricAsync("events.dead_letters.waiting"));
        Assert.Equal(HttpStatusCode.NotFound, (await deadLetters.SendAsync(HttpMethod.Post, $"{DeadLetterClient.Path}/{dropped.Id}/replay")).Status);
        Assert.Equal("SUCCESS", await deadLetters.DeliverAsync(Type, dropped.Body));
        Assert.Single(await subscriber.Database.AppliedAsync("cured"));
    }

    [Fact]
    public async Task A_replay_of_a_still_poison_event_keeps_it_with_its_new_reason()
    {
        var body = CloudEvent(Guid.NewGuid().ToString(), "tenant-a", """{"counterId":"stubborn","value":"-1","poison":true}""");
        Assert.Equal("DROP", await deadLetters.DeliverAsync(Type, body));
        var dropped = (await deadLetters.ListAsync("tenant=tenant-a&type=" + Type)).Page.Single(d => d.Body == body);
        Assert.Equal("the event asks to be dropped", dropped.Reason);

        using (var cure = await subscriber.Http.PostAsync("/cure?counter=stubborn", null))
        {
            cure.EnsureSuccessStatusCode();
        }
        var (status, reason) = await deadLetters.ReplayAsync(dropped.Id);

        Assert.Equal(("DROP", "Räknaren kan inte bli negativ."), (status, reason));
        var kept = (await deadLetters.ListAsync("tenant=tenant-a")).Page.Single(d => d.Id == dropped.Id);
        Assert.Equal((2, "Räknaren kan inte bli negativ."), (kept.Drops, kept.Reason));
        Assert.Empty(await subscriber.Database.AppliedAsync("stubborn"));
    }

    [Fact]
    public async Task Replaying_all_of_one_tenant_leaves_other_tenants_unreadable_and_unknown_events_waiting()
    {
        var ofA = CloudEvent(Guid.NewGuid().ToString(), "tenant-a", """{"counterId":"batch-a","value":"1","poison":true}""");
        var ofB = CloudEvent(Guid.NewGuid().ToString(), "tenant-b", """{"counterId":"batch-b","value":"1","poison":true}""");
        var unknownType = CloudEvent(Guid.NewGuid().ToString(), "tenant-a", """{"counterId":"batch-a"}""").Replace(Type, "eventstest.v1.Unknown", StringComparison.Ordinal);
        foreach (var body in new[] { ofA, ofB, unknownType, "not json at all" })
        {
            Assert.Equal("DROP", await deadLetters.DeliverAsync(Type, body));
        }
        var unreadable = (await deadLetters.ListAsync()).Page.Single(d => d.Body == "not json at all");
        Assert.Equal((null, "", Type), (unreadable.EventId, unreadable.Type, unreadable.Topic));
        Assert.Equal("type eventstest.v1.Unknown is not " + Type, (await deadLetters.ListAsync("type=eventstest.v1.Unknown")).Page.Single().Reason);

        foreach (var counter in new[] { "batch-a", "batch-b" })
        {
            using var cure = await subscriber.Http.PostAsync($"/cure?counter={counter}", null);
            cure.EnsureSuccessStatusCode();
        }
        var replay = await deadLetters.ReplayAllAsync("tenant=tenant-a");

        Assert.Equal((2, 1, 1), (replay.GetProperty("replayed").GetInt32(), replay.GetProperty("applied").GetInt32(), replay.GetProperty("stillDropped").GetInt32()));
        Assert.Single(await subscriber.Database.AppliedAsync("batch-a"));
        Assert.Empty(await subscriber.Database.AppliedAsync("batch-b"));
        var waiting = (await deadLetters.ListAsync()).Page.Select(d => d.Body).ToList();
        Assert.Equal(3, waiting.Count);
        Assert.Contains(ofB, waiting);
        Assert.Contains(unknownType, waiting);
        Assert.Contains("not json at all", waiting);
    }

    [Fact]
    public async Task The_list_pages_and_refuses_bad_filters_in_Swedish()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("DROP", await deadLetters.DeliverAsync(Type, CloudEvent(Guid.NewGuid().ToString(), "tenant-p", """{"counterId":"paged","poison":true}""")));
        }

        var (first, token) = await deadLetters.ListAsync("tenant=tenant-p&pageSize=2");
        var (second, end) = await deadLetters.ListAsync($"tenant=tenant-p&pageSize=2&pageToken={token}");

        Assert.Equal(2, first.Count);
        Assert.Single(second);
        Assert.Equal("", end);
        Assert.Equal(3, first.Concat(second).Select(d => d.Id).Distinct().Count());
        Assert.Empty((await deadLetters.ListAsync($"tenant=tenant-p&before={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O", CultureInfo.InvariantCulture))}")).Page);
        var badSize = await deadLetters.SendAsync(HttpMethod.Get, $"{DeadLetterClient.Path}?pageSize=501");
        var badTime = await deadLetters.SendAsync(HttpMethod.Get, $"{DeadLetterClient.Path}?from=igår");
        Assert.Equal((HttpStatusCode.BadRequest, true), (badSize.Status, badSize.Body.Contains("pageSize ska vara mellan 1 och 500", StringComparison.Ordinal)));
        Assert.Equal((HttpStatusCode.BadRequest, true), (badTime.Status, badTime.Body.Contains("ska vara en tidpunkt enligt ISO 8601", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-token")]
    public async Task A_caller_without_the_app_API_token_can_neither_list_nor_replay(string? token)
    {
        Assert.Equal("DROP", await deadLetters.DeliverAsync(Type, CloudEvent(Guid.NewGuid().ToString(), "tenant-a", """{"counterId":"guarded","poison":true}""")));
        var id = (await deadLetters.ListAsync()).Page.Single().Id;
        using var stranger = new HttpClient { BaseAddress = subscriber.WebAddress };
        if (token is not null)
        {
            stranger.DefaultRequestHeaders.Add("dapr-api-token", token);
        }
        var asStranger = new DeadLetterClient(stranger);

        Assert.Equal(HttpStatusCode.Unauthorized, (await asStranger.SendAsync(HttpMethod.Get, DeadLetterClient.Path)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asStranger.SendAsync(HttpMethod.Post, $"{DeadLetterClient.Path}/{id}/replay")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asStranger.SendAsync(HttpMethod.Post, $"{DeadLetterClient.Path}/replay")).Status);
        Assert.Equal(1, (await deadLetters.ListAsync()).Page.Single().Drops);
    }

    [Fact]
    public async Task Without_an_app_API_token_configured_the_operator_routes_refuse_everyone()
    {
        await using var open = await EventsHostProcess.StartAsync("subscriber", folder.File("open.db"));
        var asAnyone = new DeadLetterClient(open.Http);

        Assert.Equal("DROP", await asAnyone.DeliverAsync(Type, "not json at all"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await asAnyone.SendAsync(HttpMethod.Get, DeadLetterClient.Path)).Status);
        Assert.Equal(1, await open.Database.CountAsync("SELECT COUNT(*) FROM event_dead_letters"));
    }

    [PostgresFact]
    public async Task On_PostgreSQL_a_dead_letter_is_kept_and_a_replay_after_the_fix_applies_it_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var onPostgres = await EventsHostProcess.StartAsync("subscriber", database, new Dictionary<string, string> { ["Events:AppApiToken"] = Token });
        onPostgres.Http.DefaultRequestHeaders.Add("dapr-api-token", Token);
        var operatorOfPostgres = new DeadLetterClient(onPostgres.Http);
        var body = CloudEvent(Guid.NewGuid().ToString(), "tenant-pg", """{"counterId":"on-postgres","value":"1","poison":true}""");

        Assert.Equal("DROP", await operatorOfPostgres.DeliverAsync(Type, body));
        var dropped = (await operatorOfPostgres.ListAsync("tenant=tenant-pg")).Page.Single();
        using (var cure = await onPostgres.Http.PostAsync("/cure?counter=on-postgres", null))
        {
            cure.EnsureSuccessStatusCode();
        }

        Assert.Equal(("SUCCESS", (string?)null), await operatorOfPostgres.ReplayAsync(dropped.Id));
        Assert.Empty((await operatorOfPostgres.ListAsync()).Page);
        Assert.Equal("SUCCESS", await operatorOfPostgres.DeliverAsync(Type, body));
        Assert.Equal(1, await onPostgres.MetricAsync("events.inbox.duplicates_suppressed"));
    }

    /// <summary>A publisher relaying to the subscriber in Direct mode, as on one machine.</summary>
    private async Task<EventsHostProcess> StartPublisherAsync() => publisher = await EventsHostProcess.StartAsync(
        "publisher", folder.File("publisher.db"), new Dictionary<string, string>(EventsHostProcess.DirectTo(subscriber)) { ["Events:AppApiToken"] = Token });

    private static string CloudEvent(string id, string tenant, string data) => $$"""
        {"specversion":"1.0","id":"{{id}}","source":"test","type":"{{Type}}","subject":"s","datacontenttype":"application/json",
         "tenantid":"{{tenant}}","time":"2026-11-25T08:00:00Z","data":{{data}}}
        """;
}
