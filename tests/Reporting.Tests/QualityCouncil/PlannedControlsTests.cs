using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;

namespace Ledningssystem.Reporting.Tests.QualityCouncil;

/// <summary>
/// The kvalitetsråd's list of planned egenkontroll, from SelfInspection's events delivered repeated and out of order to
/// a Reporting service of its own: what was carried out with its score, what is overdue and what was cancelled and why.
/// </summary>
[Collection(SourcesGroup.Name)]
public sealed class PlannedControlsTests(SourcesFixture platform)
{
    private const string Medicines = "Läkemedelshantering";
    private const string Hygiene = "Hygienrond";
    private const string CancelReason = "Ersätts av IVO:s tillsyn i april";

    // Läkemedelshantering at HVB Björken monthly February-April 2025 (a control of the internkontrollplan): February
    // announced overdue, March carried out, April cancelled. Hygienrond at Fyren in April 2025, never carried out, and
    // in June; Brukarundersökning at Fyren in January 2090, not yet due.
    private static readonly IMessage[] Events =
    [
        Scheduled("o21", "a1", Medicines, FollowUpSeed.Hvb, 2025, 2, "2025-02-28", riskId: "r1"),
        Scheduled("o22", "a1", Medicines, FollowUpSeed.Hvb, 2025, 3, "2025-03-31", riskId: "r1"),
        Scheduled("o23", "a1", Medicines, FollowUpSeed.Hvb, 2025, 4, "2025-04-30", riskId: "r1"),
        Scheduled("o31", "a2", Hygiene, FollowUpSeed.Fyren, 2025, 4, "2025-04-30"),
        Scheduled("o32", "a2", Hygiene, FollowUpSeed.Fyren, 2025, 6, "2025-06-30"),
        Scheduled("o41", "a3", "Brukarundersökning", FollowUpSeed.Fyren, 2090, 1, "2090-01-31"),
        new InspectionOverdue { TenantId = FollowUpSeed.Tenant, Kind = OverdueKind.Occurrence, SubjectId = "o21", UnitId = FollowUpSeed.Hvb, DueOn = "2025-02-28" },
        new InspectionCompleted
        {
            TenantId = FollowUpSeed.Tenant, ExecutionId = "e22", OccurrenceId = "o22", UnitId = FollowUpSeed.Hvb, Score = 85.5, RiskId = "r1",
            CompletedAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 3, 25, 9, 0, 0, TimeSpan.Zero)),
        },
        new InspectionCancelled
        {
            TenantId = FollowUpSeed.Tenant, OccurrenceId = "o23", ActivityId = "a1", UnitId = FollowUpSeed.Hvb, Year = 2025, Month = 4, Reason = CancelReason,
            CancelledAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 4, 2, 9, 0, 0, TimeSpan.Zero)),
        },
    ];

    [Fact]
    [Trait("Category", "Database")]
    public async Task Delivered_late_and_repeated_the_underlag_lists_each_activity_planned_carried_out_and_not_and_a_rebuild_keeps_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var reporting = await ReportingHost.StartAsync(database, platform.Issuer);
        using var http = new HttpClient { BaseAddress = reporting.WebAddress };
        // What became of the occurrences arrives before they were scheduled; then every event three times (again with its
        // id, and with a new id), shuffled.
        var deliveries = Events.Skip(6).Select(e => (e, Guid.NewGuid().ToString()))
            .Concat(Events.SelectMany(e => { var id = Guid.NewGuid().ToString(); return new[] { (e, id), (e, id), (e, Guid.NewGuid().ToString()) }; }))
            .ToArray();
        Random.Shared.Shuffle(deliveries.AsSpan(3));
        foreach (var (message, id) in deliveries)
        {
            Assert.Equal("SUCCESS", await http.DeliverAsync(message, id, id));
        }
        var developer = new QualityCouncilService.QualityCouncilServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.SocialQualityDeveloper)));
        var tertial1 = new GetCouncilBasisRequest { UnitId = FollowUpSeed.Avdelning, Occasion = CouncilOccasion.Tertial1, Year = 2025 };

        var item = await InternalControlAsync(developer, tertial1);

        Assert.False(item.PlannedControlsTruncated);
        Assert.Equal(
        [
            $"{FollowUpSeed.Hvb} a1 {Medicines} internkontroll planned 3 carried out 1 not 2: 2025-02 Overdue, 2025-03 CarriedOut 85.5, 2025-04 Cancelled {CancelReason}",
            $"{FollowUpSeed.Fyren} a2 {Hygiene} planned 1 carried out 0 not 1: 2025-04 Overdue",
        ], item.PlannedControls.Select(Line));
        Assert.Equal(
            [$"{FollowUpSeed.Fyren} a2 {Hygiene} planned 1 carried out 0 not 1: 2025-04 Overdue"],
            (await InternalControlAsync(developer, new GetCouncilBasisRequest { UnitId = FollowUpSeed.Fyren, Occasion = CouncilOccasion.Tertial1, Year = 2025 })).PlannedControls.Select(Line));
        Assert.Equal(
            [$"{FollowUpSeed.Fyren} a3 Brukarundersökning planned 1 carried out 0 not 0: 2090-01 Planned"],
            (await InternalControlAsync(developer, new GetCouncilBasisRequest { UnitId = FollowUpSeed.Avdelning, Occasion = CouncilOccasion.Tertial1, Year = 2090 })).PlannedControls.Select(Line));

        var statistics = new StatisticsService.StatisticsServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.SocialQualityDeveloper)));
        await statistics.RebuildStatisticsAsync(new RebuildStatisticsRequest());

        Assert.Equal(item, await InternalControlAsync(developer, tertial1));
    }

    private static async Task<CouncilAgendaItem> InternalControlAsync(QualityCouncilService.QualityCouncilServiceClient council, GetCouncilBasisRequest request) =>
        (await council.GetCouncilBasisAsync(request)).Basis.Agenda.Single(a => a.Topic == CouncilTopic.InternalControl);

    private static string Line(PlannedControl control) =>
        $"{control.UnitId} {control.ActivityId} {control.ActivityName}{(control.InternalControl ? " internkontroll" : "")} planned {control.Planned} carried out {control.CarriedOut} not {control.NotCarriedOut}: "
        + string.Join(", ", control.Occurrences.Select(o => $"{o.Month} {o.State}{(o.State == PlannedControlState.CarriedOut ? $" {o.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "")}{(o.CancelReason.Length > 0 ? " " + o.CancelReason : "")}"));

    private static InspectionScheduled Scheduled(string occurrenceId, string activityId, string name, string unitId, int year, int month, string dueOn, string riskId = "") => new()
    {
        TenantId = FollowUpSeed.Tenant, OccurrenceId = occurrenceId, PlanId = "p1", ActivityId = activityId, ActivityName = name, UnitId = unitId,
        Year = year, Month = month, DueOn = dueOn, RiskId = riskId,
    };
}
