using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;

namespace Ledningssystem.Reporting.Tests.JointAnalysis;

/// <summary>The underlag of the six-monthly joint analysis of klagomål and lex Sarah, from the events Complaints and Incidents publish.</summary>
[Collection(SourcesGroup.Name)]
public sealed class JointAnalysisBasisTests(SourcesFixture platform)
{
    private async Task<JointAnalysisService.JointAnalysisServiceClient> AnalysisAsAsync(string username) =>
        new(platform.Reporting.Channel(await platform.Issuer.DemoTokenAsync(username)));

    private async Task<JointAnalysisBasis> BasisAsync(string unitId = FollowUpSeed.Avdelning, string username = Demo.SocialQualityDeveloper)
    {
        await JointAnalysisSeed.DeliverAllAsync(platform.Reporting);
        var developer = await AnalysisAsAsync(username);
        return (await developer.GetJointAnalysisBasisAsync(new GetJointAnalysisBasisRequest { UnitId = unitId, Year = 2023, Half = HalfYear.First })).Basis;
    }

    /// <summary>A count as the tables print it.</summary>
    private static string Shown(JointCounts counts) => $"{counts.Count.Text} {counts.PreviousHalf.Text} {counts.SameHalfLastYear.Text}";

    [Fact]
    [Trait("Category", "Database")]
    public async Task The_half_year_its_half_before_and_last_year_count_what_was_fed_with_small_counts_suppressed()
    {
        var basis = await BasisAsync();

        Assert.Equal(("Avdelning individ- och familjeomsorg", 5), (basis.UnitName, basis.SuppressionThreshold));
        Assert.Equal(("2023-01", "2023-06"), (basis.Period.FromMonth, basis.Period.ToMonth));
        Assert.Equal(("2022-07", "2022-12"), (basis.PreviousHalf.FromMonth, basis.PreviousHalf.ToMonth));
        Assert.Equal(("2022-01", "2022-06"), (basis.SameHalfLastYear.FromMonth, basis.SameHalfLastYear.ToMonth));
        Assert.Equal("13 7 färre än 5", Shown(basis.Total.Complaints));
        Assert.Equal("färre än 5 0 0", Shown(basis.Total.Opinions));
        Assert.Equal("färre än 5 0 0", Shown(basis.Total.Praise));
        Assert.Equal("5 färre än 5 0", Shown(basis.Total.LexSarahReports));
        Assert.Equal("färre än 5 0 0", Shown(basis.Total.LexSarahInvestigated));
        Assert.Equal("färre än 5 0 0", Shown(basis.Total.LexSarahNotified));
        Assert.Equal([FollowUpSeed.Hvb, FollowUpSeed.Fyren], basis.Units.Select(u => u.UnitId));
        var (hvb, fyren) = (basis.Units[0], basis.Units[1]);
        Assert.Equal(("HVB Björken", "Skyddat boende Fyren"), (hvb.UnitName, fyren.UnitName));
        // The half before: Fyren's 2 is suppressed, and so is HVB Björken's 5, which would give it away from the total of 7.
        Assert.Equal("6 färre än 5 färre än 5", Shown(hvb.Complaints));
        Assert.Equal("7 färre än 5 0", Shown(fyren.Complaints));
        Assert.Equal((0, true), (hvb.Complaints.PreviousHalf.Value, hvb.Complaints.PreviousHalf.Suppressed));
        Assert.Equal("5 färre än 5 0", Shown(hvb.LexSarahReports));
        Assert.Equal("0 0 0", Shown(fyren.LexSarahReports));
        Assert.Equal("färre än 5 0 0", Shown(fyren.Opinions));
        Assert.Equal(
            [$"{JointAnalysisSeed.Bemotande} 8 färre än 5 0", $"{JointAnalysisSeed.Kommunikation} 5 5 färre än 5"],
            basis.Categories.Select(c => $"{c.CategoryId} {Shown(c.Complaints)}"));
        Assert.Equal(
            ["2023-01 6 0 0 0", "2023-02 0 5 0 0", "2023-03 0 0 färre än 5 färre än 5", "2023-04 0 0 0 0", "2023-05 7 0 0 0", "2023-06 0 0 0 0"],
            basis.Months.Select(m => $"{m.Month} {m.Complaints.Text} {m.LexSarahReports.Text} {m.LexSarahInvestigated.Text} {m.LexSarahNotified.Text}"));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Repeated_republished_and_out_of_order_events_change_nothing()
    {
        var before = await BasisAsync();
        using (var http = new HttpClient { BaseAddress = platform.Reporting.WebAddress })
        {
            foreach (var (message, id) in JointAnalysisSeed.Events.Reverse())
            {
                Assert.Equal("SUCCESS", await FollowUpSeed.DeliverAsync(http, message, Guid.NewGuid().ToString()));
                Assert.Equal("SUCCESS", await FollowUpSeed.DeliverAsync(http, message, id));
            }
        }

        var after = await BasisAsync();

        before.CompiledAt = after.CompiledAt = null;
        Assert.Equal(before, after);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Each_pattern_is_shown_where_the_counts_make_it_and_nowhere_else()
    {
        var basis = await BasisAsync();

        Assert.Equal(
            [
                (JointPatternKind.BothRose, FollowUpSeed.Hvb, "", false),
                (JointPatternKind.RecurringCategory, FollowUpSeed.Hvb, JointAnalysisSeed.Bemotande, false),
                (JointPatternKind.NoLexSarahReports, FollowUpSeed.Fyren, "", true),
            ],
            basis.Patterns.Select(p => (p.Kind, p.UnitId, p.CategoryId, p.Warning)));
        Assert.Equal(
            "På HVB Björken har både klagomålen (färre än 5 → 6) och lex Sarah-rapporterna (färre än 5 → 5) ökat jämfört med halvåret före. "
            + "Analysera om de pekar på samma brister.",
            basis.Patterns[0].Explanation);
        Assert.StartsWith("Klagomål i samma kategori återkommer på HVB Björken (5 under halvåret)", basis.Patterns[1].Explanation, StringComparison.Ordinal);
        Assert.StartsWith("Varningssignal: Skyddat boende Fyren har tagit emot 7 klagomål under halvåret men inga lex Sarah-rapporter alls.", basis.Patterns[2].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Another_half_year_shows_its_own_patterns_and_one_without_cases_none()
    {
        await JointAnalysisSeed.DeliverAllAsync(platform.Reporting);
        var developer = await AnalysisAsAsync(Demo.SocialQualityDeveloper);

        // July–December 2022: at HVB Björken klagomål (2 → 5) and lex Sarah reports (0 → 1) rose and kommunikation recurs;
        // Fyren's 2 klagomål are not many. January–June 2021 has no case at all.
        var basis = (await developer.GetJointAnalysisBasisAsync(new GetJointAnalysisBasisRequest { UnitId = FollowUpSeed.Avdelning, Year = 2022, Half = HalfYear.Second })).Basis;

        Assert.Equal(
            [(JointPatternKind.BothRose, FollowUpSeed.Hvb, ""), (JointPatternKind.RecurringCategory, FollowUpSeed.Hvb, JointAnalysisSeed.Kommunikation)],
            basis.Patterns.Select(p => (p.Kind, p.UnitId, p.CategoryId)));
        Assert.Empty((await developer.GetJointAnalysisBasisAsync(new GetJointAnalysisBasisRequest { UnitId = FollowUpSeed.Avdelning, Year = 2021, Half = HalfYear.First })).Basis.Patterns);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_unit_s_underlag_counts_only_its_subtree_and_the_nämnd_reads_it()
    {
        var fyren = await BasisAsync(FollowUpSeed.Fyren, Demo.SocialCommittee);
        var tenant = await BasisAsync("", Demo.SocialCommittee);

        Assert.Equal([FollowUpSeed.Fyren], fyren.Units.Select(u => u.UnitId));
        Assert.Equal("7 färre än 5 0", Shown(fyren.Total.Complaints));
        Assert.Equal([JointPatternKind.NoLexSarahReports], fyren.Patterns.Select(p => p.Kind));
        Assert.Equal("", tenant.UnitName);
        Assert.Equal("13 7 färre än 5", Shown(tenant.Total.Complaints));
    }

    [Theory]
    [InlineData(Demo.AldreUnitManager, Demo.HemtjanstNorr)]
    [InlineData(Demo.AldreEmployee, Demo.HemtjanstNorr)]
    [InlineData(DemoUsers.OlofOlsson, "")]
    public async Task Staff_who_neither_write_nor_read_the_analysis_are_refused(string username, string unitId)
    {
        var staff = await AnalysisAsAsync(username);

        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.GetJointAnalysisBasisAsync(new GetJointAnalysisBasisRequest { UnitId = unitId, Year = 2023, Half = HalfYear.First }));
    }

    [Fact]
    public async Task Another_tenants_unit_is_not_found()
    {
        var mas = await AnalysisAsAsync(Demo.AldreMas);

        await Expect.FailsAsync(StatusCode.NotFound, mas.GetJointAnalysisBasisAsync(new GetJointAnalysisBasisRequest { UnitId = FollowUpSeed.Hvb, Year = 2023, Half = HalfYear.First }));
    }

    [Theory]
    [InlineData(2023, HalfYear.Unspecified, "half")]
    [InlineData(0, HalfYear.First, "year")]
    [InlineData(2023, (HalfYear)7, "half")]
    public async Task A_half_year_that_is_not_one_is_refused_naming_the_field(int year, HalfYear half, string field)
    {
        var developer = await AnalysisAsAsync(Demo.SocialQualityDeveloper);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, developer.GetJointAnalysisBasisAsync(new GetJointAnalysisBasisRequest { Year = year, Half = half }));

        Assert.Contains(field, Expect.FieldViolations(refused));
    }
}
