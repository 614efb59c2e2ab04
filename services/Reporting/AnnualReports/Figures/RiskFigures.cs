using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.AnnualReports.Figures;

/// <summary>Riskanalys: the risks identified per level (their latest assessment) this year and the year before.</summary>
public sealed class RiskFigures(ReportingDb db) : ISectionFigures
{
    private static readonly string[] Levels = ["RISK_LEVEL_VERY_HIGH", "RISK_LEVEL_HIGH", "RISK_LEVEL_MEDIUM", "RISK_LEVEL_LOW", ""];

    public ReportSection Section => ReportSection.RiskAnalysis;

    public async Task<IReadOnlyList<FigureTable>> TablesAsync(int year, int threshold, CancellationToken cancellationToken)
    {
        var thisYear = await db.CountsByKindAsync(Subject.Risks, Months.Of(year, 1), Months.Of(year, 12), null, cancellationToken);
        var lastYear = await db.CountsByKindAsync(Subject.Risks, Months.Of(year - 1, 1), Months.Of(year - 1, 12), null, cancellationToken);
        var byLevel = FigureTable.Disclosed(
            "Identifierade risker per nivå",
            FigureLabels.Years(year),
            [.. Levels.Select(l => (FigureLabels.RiskLevel(l), new[] { thisYear.GetValueOrDefault(l), lastYear.GetValueOrDefault(l) }))],
            threshold,
            chart: false);
        return [byLevel];
    }
}
