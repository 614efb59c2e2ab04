using Grpc.Core;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests;

/// <summary>
/// Statistics per verksamhetsform: a case counts in each verksamhetsform its unit was created with, whatever the order
/// and the number of the Organizations' and the source services' events, and again after a rebuild.
/// </summary>
[Collection(SourcesGroup.Name)]
public sealed class VerksamhetsformTests(SourcesFixture platform)
{
    /// <summary>The seeded cases' units as Organizations created them here: Hemtjänst Norr runs only äldreomsorg.</summary>
    private static readonly UnitCreated[] Units =
    [
        Unit("aldrenamnden", Demo.HemtjanstNorr, Demo.Hemtjanst, Verksamhetsform.Aldreomsorg),
        Unit("aldrenamnden", Demo.Solgarden, "aldrenamnden.sarskilt-boende", Verksamhetsform.Aldreomsorg, Verksamhetsform.Hsl),
        Unit("socialnamnden", Demo.HvbBjorken, "socialnamnden.individ-familj", Verksamhetsform.Hvb, Verksamhetsform.Lvu),
    ];

    [Fact]
    [Trait("Category", "Database")]
    public async Task Counts_per_verksamhetsform_equal_the_events_in_any_order_and_number_and_after_a_rebuild()
    {
        var published = await platform.PublishedAsync();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        // Every event three times (as published, again with its id, with a new id), the units' UnitCreated among them,
        // so that most cases arrive before their unit's verksamhetsformer are known and some after.
        List<Func<HttpClient, Task<string>>> deliveries =
        [
            .. published.SelectMany(e => new[] { e.EventId.ToString(), e.EventId.ToString(), Guid.NewGuid().ToString() }
                .Select(id => (Func<HttpClient, Task<string>>)(http => http.DeliverAsync(e, id)))),
            .. Units.SelectMany(u => new[] { "unit-" + u.UnitId, "unit-" + u.UnitId, Guid.NewGuid().ToString() }
                .Select(id => (Func<HttpClient, Task<string>>)(http => http.DeliverAsync(u, u.TenantId, id)))),
        ];
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(deliveries));
        await using var database = await TestDatabase.CreateAsync();
        await using var replica = await ReportingHost.StartAsync(database, platform.Issuer);
        using var http = new HttpClient { BaseAddress = replica.WebAddress };
        foreach (var deliver in deliveries)
        {
            Assert.Equal("SUCCESS", await deliver(http));
        }
        var mas = new StatisticsService.StatisticsServiceClient(replica.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreMas)));
        var developer = new StatisticsService.StatisticsServiceClient(replica.Channel(await platform.Issuer.DemoTokenAsync(Demo.SocialQualityDeveloper)));

        // Äldrenämnden: eight incidents and three klagomål at Hemtjänst Norr, three HSL falls and a beröm at Solgården.
        Assert.Equal([" 2", "INCIDENT_KIND_HEALTH_CARE 3", "INCIDENT_KIND_SOCIAL_CARE 6"], await ByKindAsync(mas, Subject.Incidents, Verksamhetsform.Aldreomsorg));
        Assert.Equal(["INCIDENT_KIND_HEALTH_CARE 3"], await ByKindAsync(mas, Subject.Incidents, Verksamhetsform.Hsl));
        Assert.Equal(["COMPLAINT_KIND_COMPLAINT 3", "COMPLAINT_KIND_PRAISE 1"], await ByKindAsync(mas, Subject.Complaints, Verksamhetsform.Aldreomsorg));
        Assert.Equal(["COMPLAINT_KIND_PRAISE 1"], await ByKindAsync(mas, Subject.Complaints, Verksamhetsform.Hsl));
        Assert.Empty(await ByKindAsync(mas, Subject.Incidents, Verksamhetsform.Lss));
        Assert.Equal(["INCIDENT_KIND_HEALTH_CARE 3"], await ByKindAsync(mas, Subject.Incidents, Verksamhetsform.Hsl, Demo.Solgarden));
        Assert.Empty(await ByKindAsync(mas, Subject.Incidents, Verksamhetsform.Hsl, Demo.HemtjanstNorr));
        // Without a verksamhetsform the figures are those of the instance fed once, in order.
        var reference = await platform.ReportingAsAsync(Demo.AldreMas);
        Assert.True((await reference.SnapshotAsync()).SequenceEqual(await mas.SnapshotAsync()), $"The statistics of all verksamhetsformer differ (seed {seed}).");

        var before = await ByKindAsync(developer, Subject.Incidents, Verksamhetsform.Hvb);
        Assert.Equal(["INCIDENT_KIND_SOCIAL_CARE 2"], before);
        Assert.Equal(before, await ByKindAsync(developer, Subject.Incidents, Verksamhetsform.Lvu));
        var stored = await replica.QueryAsync(db => db.ReceivedEvents.IgnoreQueryFilters().CountAsync(e => e.TenantId == "socialnamnden"));

        var rebuilt = await developer.RebuildStatisticsAsync(new RebuildStatisticsRequest());

        Assert.Equal(stored, rebuilt.EventsReplayed);
        Assert.Equal(before, await ByKindAsync(developer, Subject.Incidents, Verksamhetsform.Hvb));
        Assert.Equal(before, await ByKindAsync(developer, Subject.Incidents, Verksamhetsform.Lvu));
        Assert.Equal(["INCIDENT_KIND_HEALTH_CARE 3"], await ByKindAsync(mas, Subject.Incidents, Verksamhetsform.Hsl));
    }

    [Fact]
    public async Task An_unknown_verksamhetsform_is_refused_with_a_field_violation()
    {
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);
        var request = Statistics.ThisMonth(Subject.Incidents);
        request.Verksamhetsform = (Verksamhetsform)99;

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, mas.GetStatisticsAsync(request));

        Assert.Equal(["verksamhetsform"], Expect.FieldViolations(refused));
    }

    /// <summary>"kind count" per kind, in order.</summary>
    private static async Task<List<string>> ByKindAsync(
        StatisticsService.StatisticsServiceClient client, Subject subject, Verksamhetsform verksamhetsform, string unitId = "")
    {
        var request = Statistics.ThisMonth(subject, unitId);
        request.Verksamhetsform = verksamhetsform;
        return [.. Statistics.ByKind(await client.AllAsync(request)).Select(k => $"{k.Key} {k.Value}").Order(StringComparer.Ordinal)];
    }

    private static UnitCreated Unit(string tenantId, string unitId, string parentUnitId, params Verksamhetsform[] verksamhetsformer) => new()
    {
        TenantId = tenantId,
        UnitId = unitId,
        ParentUnitId = parentUnitId,
        Name = unitId,
        Verksamhetsformer = { verksamhetsformer },
        CreatedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)),
    };
}
