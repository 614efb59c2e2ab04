using System.Diagnostics.Metrics;
using System.Globalization;
using Ledningssystem.Platform.Events.Tests.Host;
using Ledningssystem.Platform.Events.Tests.Support;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Platform.Events.Tests;

/// <summary>
/// The outbox, relay, inbox and cleanup on the database <see cref="TestDatabase"/> gives: SQLite by default, PostgreSQL
/// in the second pass of tests/run. The hosts run inside the test process here, so that they can use either.
/// </summary>
[Trait("Category", "Database")]
public sealed class EventStoreDatabaseTests
{
    [Fact]
    public async Task Events_committed_in_one_save_are_relayed_in_publishing_order_and_applied_once()
    {
        await using var publisherDb = await TestDatabase.CreateAsync();
        await using var subscriberDb = await TestDatabase.CreateAsync();
        await using var subscriber = await StartAsync("subscriber", subscriberDb, []);
        await using var publisher = await StartAsync("publisher", publisherDb, EventsHostProcess.DirectTo(new Uri(subscriber.Urls.Last())));
        using var http = new HttpClient { BaseAddress = new Uri(publisher.Urls.Last()) };

        (await http.PostAsync("/publish?tenant=tenant-g&counter=one-save&count=20", null)).EnsureSuccessStatusCode();
        (await http.PostAsync("/publish?tenant=tenant-g&counter=one-save&count=5&rollback=true", null)).EnsureSuccessStatusCode();
        (await http.PostAsync("/publish?tenant=tenant-g&counter=one-save&failTimes=1", null)).EnsureSuccessStatusCode();

        var applied = await Eventually.WaitForAsync(() => AppliedAsync(subscriber, "tenant-g"), rows => rows.Count >= 21, TimeSpan.FromSeconds(30), "applied events");
        Assert.Equal(Enumerable.Range(1, 21).Select(v => (long)v), applied.Select(a => a.Value));
        var outbox = await Eventually.WaitForAsync(() => OutboxAsync(publisher), rows => rows.All(r => r.DeliveredAt is not null), TimeSpan.FromSeconds(30), "delivery");
        Assert.Equal(outbox.Select(o => o.EventId.ToString()), applied.Select(a => a.EventId));
        Assert.Equal([.. Enumerable.Repeat(1, 20), 2], outbox.Select(o => o.Attempts));
    }

    [Fact]
    public async Task Cleanup_deletes_delivered_events_inbox_entries_and_dead_letters_past_their_retention_only()
    {
        await using var database = await TestDatabase.CreateAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await using var services = HostServices.On(database, clock);
        var now = clock.GetUtcNow();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HostDb>();
            await db.Database.EnsureCreatedAsync();
            db.AddRange(
                Outbox("old-delivered", now.AddDays(-9), deliveredAt: now.AddDays(-8)),
                Outbox("recent-delivered", now.AddDays(-2), deliveredAt: now.AddDays(-1)),
                Outbox("old-pending", now.AddDays(-10), deliveredAt: null),
                new InboxMessage { EventId = "old", Type = "t", Source = "s", ProcessedAt = now.AddDays(-31) },
                new InboxMessage { EventId = "recent", Type = "t", Source = "s", ProcessedAt = now.AddDays(-1) },
                DeadLetter("dropped-long-ago", now.AddDays(-31)),
                DeadLetter("dropped-again-lately", now.AddDays(-29)));
            await db.SaveChangesAsync();
        }
        using var telemetry = new EventsTelemetry(services.GetRequiredService<IMeterFactory>(), clock);
        var cleanup = new EventStoreCleanup<HostDb>(services.GetRequiredService<IServiceScopeFactory>(), clock,
            Options.Create(new EventsOptions()), telemetry, NullLogger<EventStoreCleanup<HostDb>>.Instance);

        await cleanup.StartAsync(CancellationToken.None);
        // Done when both purges ran: the outbox and the inbox are purged one after the other, not in one transaction.
        var remaining = await Eventually.WaitForAsync(async () =>
        {
            clock.Advance(TimeSpan.FromHours(1)); // the first hourly run, once the background loop has its timer
            return await RemainingAsync(services);
        }, rows => rows.Outbox.Count < 3 && rows.Inbox.Count < 2 && rows.DeadLetters.Count < 2, TimeSpan.FromSeconds(10), "the hourly cleanup");
        await cleanup.StopAsync(CancellationToken.None);

        Assert.Equal(["old-pending", "recent-delivered"], remaining.Outbox.Order());
        Assert.Equal(["recent"], remaining.Inbox);
        Assert.Equal(["dropped-again-lately"], remaining.DeadLetters);
    }

    private static async Task<WebApplication> StartAsync(string role, TestDatabase database, Dictionary<string, string> settings)
    {
        var ports = FreePorts.Take(2);
        var arguments = new Dictionary<string, string>(EventsHostProcess.FastRelay)
        {
            ["Role"] = role,
            ["Events:Source"] = role,
            ["Database:Provider"] = database.ProviderSetting,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Rpc:GrpcPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Rpc:WebPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings)
        {
            arguments[key] = value;
        }
        var app = EventsTestHost.Build([.. arguments.Select(a => $"--{a.Key}={a.Value}")]);
        await EventsTestHost.PrepareDatabaseAsync(app);
        await app.StartAsync();
        return app;
    }

    private static async Task<List<AppliedEvent>> AppliedAsync(WebApplication subscriber, string tenant)
    {
        using var acting = TenantContext.Use(tenant);
        await using var scope = subscriber.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HostDb>().AppliedEvents.OrderBy(a => a.Id).ToListAsync();
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(WebApplication publisher)
    {
        await using var scope = publisher.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HostDb>().Set<OutboxMessage>().OrderBy(m => m.Sequence).ToListAsync();
    }

    private static OutboxMessage Outbox(string aggregateId, DateTimeOffset occurredAt, DateTimeOffset? deliveredAt) => new()
    {
        EventId = Guid.NewGuid(),
        Topic = "t",
        Type = "t",
        AggregateId = aggregateId,
        Payload = "{}",
        OccurredAt = occurredAt,
        NextAttemptAt = occurredAt,
        DeliveredAt = deliveredAt,
    };

    private static DeadLetter DeadLetter(string eventId, DateTimeOffset lastDroppedAt) => new()
    {
        EventId = eventId,
        Topic = "t",
        Type = "t",
        Source = "s",
        Body = "{}",
        Reason = "r",
        Drops = 2,
        FirstDroppedAt = lastDroppedAt.AddDays(-5),
        LastDroppedAt = lastDroppedAt,
    };

    private static async Task<(List<string> Outbox, List<string> Inbox, List<string?> DeadLetters)> RemainingAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDb>();
        return (await db.Set<OutboxMessage>().Select(m => m.AggregateId).ToListAsync(), await db.Set<InboxMessage>().Select(m => m.EventId).ToListAsync(),
            await db.Set<DeadLetter>().Select(d => d.EventId).ToListAsync());
    }
}
