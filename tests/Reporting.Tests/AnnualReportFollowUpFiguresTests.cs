using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;

namespace Ledningssystem.Reporting.Tests;

/// <summary>The berättelse's riskanalys and egenkontroll sections count what the read model holds from Risks' and SelfInspection's events.</summary>
[Collection(SourcesGroup.Name)]
public sealed class AnnualReportFollowUpFiguresTests(SourcesFixture platform)
{
    private const int Year = 2025;

    [Fact]
    [Trait("Category", "Database")]
    public async Task The_riskanalys_and_egenkontroll_sections_show_the_years_risks_controls_and_findings_as_the_statistics_count_them()
    {
        await FollowUpSeed.DeliverAllAsync(platform.Reporting);
        var developer = await platform.AnnualReportsAsAsync(Demo.SocialQualityDeveloper);
        var report = (await developer.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.Quality, Year = Year })).Report;
        var statistics = await platform.ReportingAsAsync(Demo.SocialQualityDeveloper);

        var risks = await YearAsync(statistics, Subject.Risks);
        Assert.NotEmpty(risks);
        AssertRows(
            Figure(report, AnnualReportSection.RiskAnalysis, "Identifierade risker per nivå"),
            new() { ["Mycket hög nivå"] = "RISK_LEVEL_VERY_HIGH", ["Hög nivå"] = "RISK_LEVEL_HIGH", ["Medelhög nivå"] = "RISK_LEVEL_MEDIUM", ["Låg nivå"] = "RISK_LEVEL_LOW", ["Ännu inte bedömda"] = "" },
            Statistics.ByKind(risks));

        var findings = await YearAsync(statistics, Subject.InspectionFindings);
        Assert.NotEmpty(findings);
        AssertRows(
            Figure(report, AnnualReportSection.SelfInspection, "Brister i egenkontrollerna per allvarlighetsgrad"),
            new() { ["Hög allvarlighetsgrad"] = "SEVERITY_HIGH", ["Medelhög allvarlighetsgrad"] = "SEVERITY_MEDIUM", ["Låg allvarlighetsgrad"] = "SEVERITY_LOW", ["Ännu inte bedömda"] = "" },
            Statistics.ByKind(findings));

        var carriedOut = await YearAsync(statistics, Subject.Inspections);
        var perMonth = Figure(report, AnnualReportSection.SelfInspection, "Genomförda egenkontroller per månad");
        Assert.Equal(12, perMonth.Rows.Count);
        var march = carriedOut.Where(r => r.Month == $"{Year}-03").Sum(r => r.Count);
        Assert.True(march > 0);
        AssertShown(march, perMonth.Rows.Single(r => r.Label == "mars").Values[0]);
    }

    private static async Task<List<StatisticsRow>> YearAsync(StatisticsService.StatisticsServiceClient statistics, Subject subject) =>
        await statistics.AllAsync(new GetStatisticsRequest { Subject = subject, FromMonth = $"{Year}-01", ToMonth = $"{Year}-12" });

    private static Figure Figure(AnnualReport report, AnnualReportSection section, string title) =>
        report.Sections.Single(s => s.Section == section).Figures.Single(f => f.Title == title);

    /// <summary>Each row's first column (this year) is the statistics' count of its kind, printed as the public berättelse prints it.</summary>
    private static void AssertRows(Figure figure, Dictionary<string, string> kindOfLabel, Dictionary<string, long> counts)
    {
        Assert.Equal(kindOfLabel.Keys.Order(), figure.Rows.Select(r => r.Label).Order());
        foreach (var row in figure.Rows)
        {
            AssertShown(counts.GetValueOrDefault(kindOfLabel[row.Label]), row.Values[0]);
        }
    }

    private static void AssertShown(long count, DisclosedCount shown)
    {
        if (count is > 0 and < 5)
        {
            Assert.Equal((true, "färre än 5"), (shown.Suppressed, shown.Text));
        }
        else if (!shown.Suppressed)
        {
            Assert.Equal(count, shown.Value);
        }
    }
}
