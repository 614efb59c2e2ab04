using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests.QualityCouncil;

/// <summary>The balanslista and the kvalitetsråd's underlag of an avdelning, from the events of every source service.</summary>
[Collection(SourcesGroup.Name)]
public sealed class CouncilBasisTests(SourcesFixture platform)
{
    private async Task<QualityCouncilService.QualityCouncilServiceClient> CouncilAsAsync(string username) =>
        new(platform.Reporting.Channel(await platform.Issuer.DemoTokenAsync(username)));

    [Fact]
    [Trait("Category", "Database")]
    public async Task The_tertial_1_underlag_fills_the_agenda_with_the_period_the_months_before_and_last_year()
    {
        await FollowUpSeed.DeliverAllAsync(platform.Reporting);
        var developer = await CouncilAsAsync(Demo.SocialQualityDeveloper);

        var basis = (await developer.GetCouncilBasisAsync(new GetCouncilBasisRequest { UnitId = FollowUpSeed.Avdelning, Occasion = CouncilOccasion.Tertial1, Year = 2025 })).Basis;

        Assert.Equal("Avdelning individ- och familjeomsorg", basis.UnitName);
        Assert.True(basis.Avdelning);
        Assert.Equal(("2025-01", "2025-04"), (basis.Period.FromMonth, basis.Period.ToMonth));
        Assert.Equal(("2024-09", "2024-12"), (basis.PreviousPeriod.FromMonth, basis.PreviousPeriod.ToMonth));
        Assert.Equal(("2024-01", "2024-04"), (basis.SamePeriodLastYear.FromMonth, basis.SamePeriodLastYear.ToMonth));
        var figures = basis.Agenda.SelectMany(a => a.Figures.Select(f => (a.Topic, f))).ToDictionary(p => p.f.Key, p => p);
        void Has(CouncilTopic topic, string key, long count, long previous = 0, long lastYear = 0)
        {
            Assert.True(figures.TryGetValue(key, out var figure), $"The underlag has no {key}.");
            Assert.Equal((topic, count, previous, lastYear), (figure.Topic, figure.f.Count, figure.f.PreviousPeriod, figure.f.SamePeriodLastYear));
        }
        Has(CouncilTopic.Complaints, "COMPLAINT_KIND_COMPLAINT", 1);
        Has(CouncilTopic.Complaints, "COMPLAINT_KIND_PRAISE", 1);
        Has(CouncilTopic.Complaints, "COMPLAINTS_NOT_CLOSED", 2);
        Has(CouncilTopic.InternalControl, "RISK_AND_MATERIALITY_ANALYSES_ADOPTED", 1);
        Has(CouncilTopic.InternalControl, "INTERNAL_CONTROLS_PLANNED", 2);
        Has(CouncilTopic.InternalControl, "INTERNAL_CONTROLS_CARRIED_OUT", 1);
        Has(CouncilTopic.InternalControl, "INTERNAL_CONTROLS_AVERAGE_SCORE", 91);
        Has(CouncilTopic.InternalControl, "RISK_LEVEL_MEDIUM", 1);
        Has(CouncilTopic.InternalControl, "RISK_LEVEL_LOW", 1);
        Has(CouncilTopic.InternalControl, "RISK_LEVEL_UNASSESSED", 1);
        Has(CouncilTopic.SocialCareDeficiencies, "INCIDENT_KIND_SOCIAL_CARE", 1, previous: 1, lastYear: 1);
        Has(CouncilTopic.HealthCareIncidents, "INCIDENT_KIND_HEALTH_CARE", 0);
        Has(CouncilTopic.LexSarahAndLexMaria, "TRACK_LEX_SARAH", 1);
        Has(CouncilTopic.LexSarahAndLexMaria, "TRACK_LEX_SARAH_NOTIFIED", 1);
        Has(CouncilTopic.LexSarahAndLexMaria, "TRACK_LEX_MARIA", 0);
        Has(CouncilTopic.Inspections, "SELF_INSPECTIONS_CARRIED_OUT", 2);
        Has(CouncilTopic.Inspections, "SELF_INSPECTIONS_AVERAGE_SCORE", 75);
        Has(CouncilTopic.Inspections, "SEVERITY_HIGH", 1);
        Has(CouncilTopic.BalanceLists, "SOURCE_SERVICE_SELF_INSPECTION_OPEN", 1);
        Has(CouncilTopic.BalanceLists, "SOURCE_SERVICE_SELF_INSPECTION_OVERDUE", 1);
        Has(CouncilTopic.BalanceLists, "SOURCE_SERVICE_RISKS_OPEN", 0);
        Assert.Contains("IVO", basis.Agenda.Single(a => a.Topic == CouncilTopic.Inspections).Note, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_unit_s_underlag_counts_only_its_own_subtree()
    {
        await FollowUpSeed.DeliverAllAsync(platform.Reporting);
        var developer = await CouncilAsAsync(Demo.SocialQualityDeveloper);

        var basis = (await developer.GetCouncilBasisAsync(new GetCouncilBasisRequest
        {
            UnitId = FollowUpSeed.Fyren, Months = new MonthPeriod { FromMonth = "2025-01", ToMonth = "2025-04" },
        })).Basis;

        Assert.False(basis.Avdelning);
        Assert.Equal(CouncilOccasion.Unspecified, basis.Occasion);
        var figures = basis.Agenda.SelectMany(a => a.Figures).ToDictionary(f => f.Key, f => f.Count);
        Assert.Equal(1, figures["SELF_INSPECTIONS_CARRIED_OUT"]);
        Assert.Equal(0, figures["INTERNAL_CONTROLS_CARRIED_OUT"]);
        Assert.Equal(1, figures["INTERNAL_CONTROLS_PLANNED"]);
        Assert.Equal(0, figures["INCIDENT_KIND_SOCIAL_CARE"]);
        Assert.Equal(0, figures["SOURCE_SERVICE_SELF_INSPECTION_OPEN"]);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task The_balanslista_lists_the_open_actions_by_due_day_with_their_responsible_and_is_audited()
    {
        await FollowUpSeed.DeliverAllAsync(platform.Reporting);
        var developer = await CouncilAsAsync(Demo.SocialQualityDeveloper);

        var open = await developer.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = FollowUpSeed.Avdelning });
        var all = await developer.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = FollowUpSeed.Avdelning, IncludeCompleted = true });
        var firstPage = await developer.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = FollowUpSeed.Avdelning, IncludeCompleted = true, PageSize = 2 });
        var secondPage = await developer.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = FollowUpSeed.Avdelning, IncludeCompleted = true, PageSize = 2, PageToken = firstPage.NextPageToken });

        var item = Assert.Single(open.Items);
        Assert.Equal(
            (SourceService.SelfInspection, "f1", FollowUpSeed.Hvb, "Åtgärd efter brist i egenkontroll", FollowUpSeed.Responsible, "2025-04-30", BalanceItemStatus.Open, true),
            (item.Source, item.SourceId, item.UnitId, item.What, item.Responsible, item.DueOn, item.Status, item.Overdue));
        Assert.Equal(
            ["f1 2025-04-30 Open", "r1 2025-05-15 Completed 2025-04-10", "c4 2025-06-10 Completed 2025-06-12"],
            all.Items.Select(i => $"{i.SourceId} {i.DueOn} {i.Status}{(i.CompletedOn.Length > 0 ? " " + i.CompletedOn : "")}"));
        Assert.Equal("Enhetschef HVB", all.Items[1].Responsible);
        Assert.Equal((SourceService.Complaints, "Bekräfta mottagandet av klagomål eller synpunkt"), (all.Items[2].Source, all.Items[2].What));
        Assert.Equal(all.Items, [.. firstPage.Items, .. secondPage.Items]);
        Assert.Empty(secondPage.NextPageToken);
        Assert.Empty((await developer.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = FollowUpSeed.Avdelning, Source = SourceService.Risks })).Items);
        Assert.True(await platform.Reporting.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.TenantId == FollowUpSeed.Tenant && a.EntityType == "BalanceList" && a.EntityId == FollowUpSeed.Avdelning)));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task An_incident_action_decided_in_Incidents_reaches_the_balanslista_with_its_unit_and_responsible()
    {
        var manager = await CouncilAsAsync(Demo.AldreUnitManager);

        var items = (await manager.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = Demo.HemtjanstNorr, IncludeCompleted = true, Source = SourceService.Incidents })).Items;

        // SourcesFixture closes one incident at Hemtjänst Norr after its action (Köp halkskydd) was completed.
        var action = Assert.Single(items);
        Assert.Equal((Demo.HemtjanstNorr, DemoUsers.ErikErikssonSub, BalanceItemStatus.Completed, false), (action.UnitId, action.Responsible, action.Status, action.Overdue));
        Assert.Contains(action.SourceId, platform.CaseIds);
        Assert.DoesNotContain("halkskydd", action.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(Demo.SocialCommittee)]
    [InlineData(Demo.AldreEmployee)]
    public async Task Staff_outside_the_council_are_refused(string username)
    {
        var staff = await CouncilAsAsync(username);
        var unit = username == Demo.SocialCommittee ? FollowUpSeed.Avdelning : Demo.HemtjanstNorr;

        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = unit }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.GetCouncilBasisAsync(new GetCouncilBasisRequest { UnitId = unit, Occasion = CouncilOccasion.Tertial2, Year = 2026 }));
    }

    [Fact]
    public async Task Another_tenants_unit_is_not_found()
    {
        var mas = await CouncilAsAsync(Demo.AldreMas);

        await Expect.FailsAsync(StatusCode.NotFound, mas.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = FollowUpSeed.Avdelning }));
        await Expect.FailsAsync(StatusCode.NotFound, mas.GetCouncilBasisAsync(new GetCouncilBasisRequest { UnitId = FollowUpSeed.Hvb, Occasion = CouncilOccasion.AnnualReport, Year = 2025 }));
    }

    [Theory]
    [InlineData(CouncilOccasion.Unspecified, 0, null, null, "occasion")]
    [InlineData(CouncilOccasion.Tertial1, 0, null, null, "year")]
    [InlineData(CouncilOccasion.Tertial1, 2025, "2025-01", "2025-04", "months")]
    [InlineData(CouncilOccasion.Unspecified, 0, "2025-05", "2025-01", "to_month")]
    public async Task An_underlag_without_a_clear_period_is_refused_naming_the_field(CouncilOccasion occasion, int year, string? from, string? to, string field)
    {
        var developer = await CouncilAsAsync(Demo.SocialQualityDeveloper);
        var request = new GetCouncilBasisRequest { UnitId = FollowUpSeed.Avdelning, Occasion = occasion, Year = year };
        if (from is not null && to is not null)
        {
            request.Months = new MonthPeriod { FromMonth = from, ToMonth = to };
        }

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, developer.GetCouncilBasisAsync(request));

        Assert.Contains(field, Expect.FieldViolations(refused));
    }
}
