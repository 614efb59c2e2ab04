using Ledningssystem.Reporting.AnnualReports.Data;
using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.AnnualReports.Figures;

/// <summary>Egenkontroll: the controls carried out per month, and the findings per severity this year and the year before.</summary>
public sealed class SelfInspectionFigures(ReportingDb db) : ISectionFigures
{
    private static readonly string[] Severities = ["SEVERITY_HIGH", "SEVERITY_MEDIUM", "SEVERITY_LOW", ""];

    public ReportSection Section => ReportSection.SelfInspection;

    public async Task<IReadOnlyList<FigureTable>> TablesAsync(int year, int threshold, CancellationToken cancellationToken)
    {
        var perMonth = await db.CountsByMonthAsync(Subject.Inspections, year, cancellationToken);
        var carriedOut = FigureTable.Disclosed(
            "Genomförda egenkontroller per månad",
            ["Antal"],
            [.. Enumerable.Range(1, 12).Select(m => (FigureLabels.Month(m), new[] { perMonth.GetValueOrDefault(m) }))],
            threshold,
            chart: false);
        var thisYear = await db.CountsByKindAsync(Subject.InspectionFindings, Months.Of(year, 1), Months.Of(year, 12), null, cancellationToken);
        var lastYear = await db.CountsByKindAsync(Subject.InspectionFindings, Months.Of(year - 1, 1), Months.Of(year - 1, 12), null, cancellationToken);
        var findings = FigureTable.Disclosed(
            "Brister i egenkontrollerna per allvarlighetsgrad",
            FigureLabels.Years(year),
            [.. Severities.Select(s => (FigureLabels.FindingSeverity(s), new[] { thisYear.GetValueOrDefault(s), lastYear.GetValueOrDefault(s) }))],
            threshold,
            chart: false);
        return [carriedOut, findings];
    }
}
