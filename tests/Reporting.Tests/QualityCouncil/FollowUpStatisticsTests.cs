using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests.QualityCouncil;

/// <summary>Egenkontroll and risks counted from SelfInspection's and Risks' events, the same however they arrive, and after a rebuild.</summary>
[Collection(SourcesGroup.Name)]
public sealed class FollowUpStatisticsTests(SourcesFixture platform)
{
    private static GetStatisticsRequest Spring2025(Subject subject, string unitId = FollowUpSeed.Avdelning) =>
        new() { Subject = subject, UnitId = unitId, FromMonth = "2025-01", ToMonth = "2025-06" };

    private static string Line(StatisticsRow r) => FormattableString.Invariant($"{r.Month} {r.Kind} {r.Status} {r.Count} {r.ScoreSum} {r.ScoreAverage}");

    [Fact]
    [Trait("Category", "Database")]
    public async Task Egenkontroll_carried_out_counts_per_unit_and_month_with_the_scores_the_events_gave()
    {
        await FollowUpSeed.DeliverAllAsync(platform.Reporting);
        var developer = await platform.ReportingAsAsync(Demo.SocialQualityDeveloper);

        Assert.Equal(
            ["2025-03 INTERNAL_CONTROL Closed 1 90.5 90.5", "2025-03 SELF_INSPECTION Closed 1 80 80", "2025-04 SELF_INSPECTION Closed 1 70 70"],
            (await developer.AllAsync(Spring2025(Subject.Inspections))).Select(Line));
        Assert.Equal(
            ["2025-03 INTERNAL_CONTROL Closed 1 90.5 90.5", "2025-03 SELF_INSPECTION Closed 1 80 80"],
            (await developer.AllAsync(Spring2025(Subject.Inspections, FollowUpSeed.Hvb))).Select(Line));
        // The whole tenant's cells sum the same executions.
        Assert.Equal(
            ["2025-03 INTERNAL_CONTROL Closed 1 90.5 90.5", "2025-03 SELF_INSPECTION Closed 1 80 80", "2025-04 SELF_INSPECTION Closed 1 70 70"],
            (await developer.AllAsync(Spring2025(Subject.Inspections, ""))).Select(Line));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Findings_count_by_severity_and_risks_by_their_latest_level_open_or_closed()
    {
        await FollowUpSeed.DeliverAllAsync(platform.Reporting);
        var developer = await platform.ReportingAsAsync(Demo.SocialQualityDeveloper);

        Assert.Equal(
            ["2025-03 SEVERITY_HIGH InProgress 1 0 0", "2025-03 SEVERITY_MEDIUM Closed 1 0 0", "2025-04 SEVERITY_LOW New 1 0 0"],
            (await developer.AllAsync(Spring2025(Subject.InspectionFindings))).Select(Line));
        Assert.Equal(
            ["2025-03 RISK_LEVEL_MEDIUM InProgress 1 0 0", "2025-04  New 1 0 0", "2025-04 RISK_LEVEL_LOW Closed 1 0 0"],
            (await developer.AllAsync(Spring2025(Subject.Risks))).Select(Line));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_complaint_that_raised_an_incident_is_in_progress_and_one_forwarded_is_closed_here()
    {
        await FollowUpSeed.DeliverAllAsync(platform.Reporting);
        var developer = await platform.ReportingAsAsync(Demo.SocialQualityDeveloper);

        Assert.Equal(
            ["2025-01 COMPLAINT_KIND_PRAISE New 1 0 0", "2025-04 COMPLAINT_KIND_COMPLAINT New 1 0 0", "2025-06 COMPLAINT_KIND_COMPLAINT InProgress 1 0 0", "2025-06 COMPLAINT_KIND_OPINION Closed 1 0 0"],
            (await developer.AllAsync(Spring2025(Subject.Complaints))).Select(Line));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task The_internkontrollplan_is_kept_without_its_texts()
    {
        await FollowUpSeed.DeliverAllAsync(platform.Reporting);

        var stored = await platform.Reporting.QueryAsync(db => db.ReceivedEvents.IgnoreQueryFilters()
            .Where(e => e.Type == "ledningssystem.events.v1.InternalControlPlanAdopted").Select(e => e.Payload).ToListAsync());

        var plan = Assert.Single(stored);
        Assert.Contains(FollowUpSeed.Hvb, plan, StringComparison.Ordinal);
        Assert.DoesNotContain(FollowUpSeed.RiskTitle, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Stickprov", plan, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Repeated_and_shuffled_events_and_a_rebuild_give_the_same_figures_balanslista_and_underlag()
    {
        await FollowUpSeed.DeliverAllAsync(platform.Reporting);
        var seed = Environment.TickCount;
        var random = new Random(seed);
        // As published, again with the same id (the inbox knows it), and again with a new id (a republication), in any order.
        List<(Google.Protobuf.IMessage Event, string Id)> deliveries =
        [
            .. FollowUpSeed.Events, .. FollowUpSeed.Events, .. FollowUpSeed.Events.Select(e => (e.Event, Guid.NewGuid().ToString())),
        ];
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(deliveries));
        await using var database = await TestDatabase.CreateAsync();
        await using var replica = await ReportingHost.StartAsync(database, platform.Issuer);
        using (var http = new HttpClient { BaseAddress = replica.WebAddress })
        {
            foreach (var (message, id) in deliveries)
            {
                Assert.Equal("SUCCESS", await FollowUpSeed.DeliverAsync(http, message, id));
            }
        }
        var token = await platform.Issuer.DemoTokenAsync(Demo.SocialQualityDeveloper);
        var expected = await SnapshotAsync(platform.Reporting, token);
        Assert.Equal(14, expected.Count(l => l.StartsWith("statistics", StringComparison.Ordinal)));

        Assert.True(expected.SequenceEqual(await SnapshotAsync(replica, token)), $"The figures differ after {deliveries.Count} shuffled deliveries (seed {seed}).");

        var rebuilt = await new StatisticsService.StatisticsServiceClient(replica.Channel(token)).RebuildStatisticsAsync(new RebuildStatisticsRequest());
        Assert.Equal(2 * FollowUpSeed.Events.Length, rebuilt.EventsReplayed);
        Assert.Equal(expected, await SnapshotAsync(replica, token));
    }

    /// <summary>The statistics of the three subjects, the whole balanslista and the T1 2025 underlag's figures, as lines.</summary>
    private static async Task<List<string>> SnapshotAsync(ServiceHost reporting, string token)
    {
        var statistics = new StatisticsService.StatisticsServiceClient(reporting.Channel(token));
        var council = new QualityCouncilService.QualityCouncilServiceClient(reporting.Channel(token));
        var lines = new List<string>();
        foreach (var subject in new[] { Subject.Inspections, Subject.InspectionFindings, Subject.Risks, Subject.Incidents, Subject.Complaints })
        {
            lines.AddRange((await statistics.AllAsync(Spring2025(subject))).Select(r => $"statistics {subject} {Line(r)}"));
        }
        var items = await council.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = FollowUpSeed.Avdelning, IncludeCompleted = true });
        lines.AddRange(items.Items.Select(i => $"balance {i}"));
        var basis = (await council.GetCouncilBasisAsync(new GetCouncilBasisRequest { UnitId = FollowUpSeed.Avdelning, Occasion = CouncilOccasion.Tertial1, Year = 2025 })).Basis;
        lines.AddRange(basis.Agenda.SelectMany(a => a.Figures).Select(f => $"basis {f}"));
        return lines;
    }
}
