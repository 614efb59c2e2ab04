using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests;

/// <summary>The read model is the same whatever the order and the number of deliveries, and built again from its own event store.</summary>
[Collection(SourcesGroup.Name)]
public sealed class RebuildTests(SourcesFixture platform)
{
    [Fact]
    [Trait("Category", "Database")]
    public async Task Events_delivered_shuffled_and_repeated_give_the_same_statistics_as_delivered_once_in_order()
    {
        var published = await platform.PublishedAsync();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        // Each event three times: as published, again with its own id (the inbox recognises it), and with a new id (a
        // redelivery after the inbox forgot it, or a republication), all in a random order.
        List<(OutboxMessage Event, string Id)> deliveries =
        [
            .. published.Select(e => (e, e.EventId.ToString())),
            .. published.Select(e => (e, e.EventId.ToString())),
            .. published.Select(e => (e, Guid.NewGuid().ToString())),
        ];
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(deliveries));
        await using var database = await TestDatabase.CreateAsync();
        await using var replica = await ReportingHost.StartAsync(database, platform.Issuer);
        using var http = new HttpClient { BaseAddress = replica.WebAddress };

        foreach (var (@event, id) in deliveries)
        {
            Assert.Equal("SUCCESS", await http.DeliverAsync(@event, id));
        }

        foreach (var reader in new[] { Demo.AldreMas, Demo.SocialQualityDeveloper })
        {
            var token = await platform.Issuer.DemoTokenAsync(reader);
            var expected = await new StatisticsService.StatisticsServiceClient(platform.Reporting.Channel(token)).SnapshotAsync();
            Assert.NotEmpty(expected);
            Assert.True(
                expected.SequenceEqual(await new StatisticsService.StatisticsServiceClient(replica.Channel(token)).SnapshotAsync()),
                $"{reader}'s statistics differ after {deliveries.Count} shuffled deliveries (seed {seed}).");
        }
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_rebuild_from_the_event_store_gives_identical_statistics_and_leaves_other_tenants_alone()
    {
        var developer = await platform.ReportingAsAsync(Demo.SocialQualityDeveloper);
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);
        var before = await developer.SnapshotAsync();
        var otherTenant = await mas.SnapshotAsync();
        var stored = await platform.Reporting.QueryAsync(db => Task.FromResult(db.ReceivedEvents.IgnoreQueryFilters().Count(e => e.TenantId == "socialnamnden")));

        var rebuilt = await developer.RebuildStatisticsAsync(new RebuildStatisticsRequest());

        Assert.Equal(stored, rebuilt.EventsReplayed);
        Assert.Equal(["Incidents " + SourcesFixture.ThisMonth + " INCIDENT_KIND_SOCIAL_CARE  InProgress 2"], before);
        Assert.Equal(before, await developer.SnapshotAsync());
        Assert.Equal(otherTenant, await mas.SnapshotAsync());
    }

    [Fact]
    public async Task Only_a_tenant_wide_administrator_rebuilds()
    {
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);

        await Expect.FailsAsync(Grpc.Core.StatusCode.PermissionDenied, mas.RebuildStatisticsAsync(new RebuildStatisticsRequest()));
    }
}
