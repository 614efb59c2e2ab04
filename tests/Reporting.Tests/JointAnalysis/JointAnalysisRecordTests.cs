using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests.JointAnalysis;

/// <summary>The written joint analysis: versions that supersede each other with the history kept, who may write and read it.</summary>
[Collection(SourcesGroup.Name)]
public sealed class JointAnalysisRecordTests(SourcesFixture platform)
{
    private async Task<JointAnalysisService.JointAnalysisServiceClient> AnalysisAsAsync(string username) =>
        new(platform.Reporting.Channel(await platform.Issuer.DemoTokenAsync(username)));

    private static RecordJointAnalysisRequest Analysis(string unitId, int supersedes, string conclusions, HalfYear half = HalfYear.First, int year = 2023) => new()
    {
        UnitId = unitId,
        Year = year,
        Half = half,
        SupersedesVersion = supersedes,
        Conclusions = conclusions,
        Actions = { new JointAnalysisAction { Action = "Utbildning i bemötande för all personal på HVB Björken.", Responsible = "Fredrik Falk", DueOn = "2023-10-31" } },
    };

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_new_version_supersedes_the_one_before_and_both_are_kept_and_listed_newest_first()
    {
        await JointAnalysisSeed.DeliverAllAsync(platform.Reporting);
        var developer = await AnalysisAsAsync(Demo.SocialQualityDeveloper);
        var committee = await AnalysisAsAsync(Demo.SocialCommittee);

        var first = (await developer.RecordJointAnalysisAsync(Analysis(FollowUpSeed.Avdelning, 0, "Bemötandet på HVB Björken behöver ses över."))).Analysis;
        var retried = (await developer.RecordJointAnalysisAsync(Analysis(FollowUpSeed.Avdelning, 0, "  Bemötandet på HVB Björken behöver ses över. "))).Analysis;
        var second = (await developer.RecordJointAnalysisAsync(Analysis(FollowUpSeed.Avdelning, 1, "Bemötandet och rapporteringen på Fyren behöver ses över."))).Analysis;
        var stale = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, developer.RecordJointAnalysisAsync(Analysis(FollowUpSeed.Avdelning, 1, "En tredje version skriven över den första.")));

        Assert.Equal((1, first.AnalysisId), (retried.Version, retried.AnalysisId));
        Assert.Equal((FollowUpSeed.Avdelning, 2023, HalfYear.First, 1, "Bemötandet på HVB Björken behöver ses över."), (first.UnitId, first.Year, first.Half, first.Version, first.Conclusions));
        Assert.Equal((DemoUsers.KlaraKvistSub, "Klara Kvist"), (first.WrittenBy, first.WrittenByName));
        Assert.Equal(("Fredrik Falk", "2023-10-31"), (first.Actions.Single().Responsible, first.Actions.Single().DueOn));
        Assert.Equal("13", first.Basis.Total.Complaints.Count.Text);
        Assert.Equal(2, second.Version);
        Assert.Equal("VERSION_CHANGED", stale);
        var earlier = (await committee.GetJointAnalysisAsync(new GetJointAnalysisRequest { AnalysisId = first.AnalysisId })).Analysis;
        var latest = (await committee.GetJointAnalysisAsync(new GetJointAnalysisRequest { AnalysisId = second.AnalysisId })).Analysis;
        Assert.Equal((true, first.Conclusions), (earlier.Superseded, earlier.Conclusions));
        Assert.False(latest.Superseded);
        var page1 = await committee.ListJointAnalysesAsync(new ListJointAnalysesRequest { UnitId = FollowUpSeed.Avdelning, PageSize = 1 });
        var page2 = await committee.ListJointAnalysesAsync(new ListJointAnalysesRequest { UnitId = FollowUpSeed.Avdelning, PageSize = 1, PageToken = page1.NextPageToken });
        Assert.Equal(
            [(second.AnalysisId, 2, false, 1), (first.AnalysisId, 1, true, 1)],
            page1.Analyses.Concat(page2.Analyses).Select(a => (a.AnalysisId, a.Version, a.Superseded, a.Actions)));
        Assert.Empty(page2.NextPageToken);
        Assert.Empty((await committee.ListJointAnalysesAsync(new ListJointAnalysesRequest { UnitId = FollowUpSeed.Avdelning, Year = 2023, Half = HalfYear.Second })).Analyses);
        Assert.Empty((await committee.ListJointAnalysesAsync(new ListJointAnalysesRequest { UnitId = FollowUpSeed.Hvb })).Analyses);
        Assert.True(await platform.Reporting.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .AnyAsync(a => a.TenantId == FollowUpSeed.Tenant && a.EntityType == "JointAnalysis" && a.EntityId == first.AnalysisId && a.UserId == DemoUsers.NilsNordinSub)));
    }

    [Fact]
    public async Task A_half_year_that_has_not_begun_cannot_be_analysed()
    {
        var developer = await AnalysisAsAsync(Demo.SocialQualityDeveloper);

        Assert.Equal("HALF_YEAR_NOT_STARTED", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, developer.RecordJointAnalysisAsync(Analysis(FollowUpSeed.Fyren, 0, "För tidigt.", year: 2099))));
    }

    [Fact]
    public async Task The_nämnd_reads_but_does_not_write_and_staff_outside_read_nothing()
    {
        var committee = await AnalysisAsAsync(Demo.SocialCommittee);
        var manager = await AnalysisAsAsync(Demo.AldreUnitManager);

        await Expect.FailsAsync(StatusCode.PermissionDenied, committee.RecordJointAnalysisAsync(Analysis(FollowUpSeed.Hvb, 0, "Nämnden skriver inte analysen.")));
        await Expect.FailsAsync(StatusCode.PermissionDenied, manager.RecordJointAnalysisAsync(Analysis(Demo.HemtjanstNorr, 0, "Enhetschefen skriver inte analysen.")));
        await Expect.FailsAsync(StatusCode.PermissionDenied, manager.ListJointAnalysesAsync(new ListJointAnalysesRequest { UnitId = Demo.HemtjanstNorr }));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Another_tenant_finds_neither_the_unit_nor_the_analysis()
    {
        var developer = await AnalysisAsAsync(Demo.SocialQualityDeveloper);
        var mas = await AnalysisAsAsync(Demo.AldreMas);
        var recorded = (await developer.RecordJointAnalysisAsync(Analysis(FollowUpSeed.Fyren, 0, "Fyren rapporterar inga missförhållanden.", HalfYear.Second, 2022))).Analysis;

        await Expect.FailsAsync(StatusCode.NotFound, mas.GetJointAnalysisAsync(new GetJointAnalysisRequest { AnalysisId = recorded.AnalysisId }));
        await Expect.FailsAsync(StatusCode.NotFound, mas.ListJointAnalysesAsync(new ListJointAnalysesRequest { UnitId = FollowUpSeed.Fyren }));
        await Expect.FailsAsync(StatusCode.NotFound, mas.RecordJointAnalysisAsync(Analysis(FollowUpSeed.Fyren, 1, "Skrivet från fel nämnd.", HalfYear.Second, 2022)));
        Assert.DoesNotContain(recorded.AnalysisId, (await mas.ListJointAnalysesAsync(new ListJointAnalysesRequest())).Analyses.Select(a => a.AnalysisId));
    }

    [Fact]
    public async Task An_analysis_without_conclusions_or_with_an_incomplete_action_is_refused_naming_the_fields()
    {
        var developer = await AnalysisAsAsync(Demo.SocialQualityDeveloper);
        var request = Analysis(FollowUpSeed.Fyren, 0, " ");
        request.Actions.Add(new JointAnalysisAction { Action = new string('x', 2001), Responsible = "", DueOn = "31/10" });

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, developer.RecordJointAnalysisAsync(request));

        Assert.Equal(["conclusions", "actions[1].action", "actions[1].responsible", "actions[1].due_on"], Expect.FieldViolations(refused));
    }
}
