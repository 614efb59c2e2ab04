using Ledningssystem.Reporting.AnnualReports.Data;
using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.AnnualReports.Figures;

/// <summary>Klagomål och synpunkter: per kind this year and the year before, and per month (charted).</summary>
public sealed class ComplaintFigures(ReportingDb db) : ISectionFigures
{
    public ReportSection Section => ReportSection.Complaints;

    public async Task<IReadOnlyList<FigureTable>> TablesAsync(int year, int threshold, CancellationToken cancellationToken)
    {
        var thisYear = await db.CountsByKindAsync(Subject.Complaints, Months.Of(year, 1), Months.Of(year, 12), null, cancellationToken);
        var lastYear = await db.CountsByKindAsync(Subject.Complaints, Months.Of(year - 1, 1), Months.Of(year - 1, 12), null, cancellationToken);
        var kinds = thisYear.Keys.Union(lastYear.Keys).Order(StringComparer.Ordinal).ToList();
        var byKind = FigureTable.Disclosed(
            "Klagomål och synpunkter per slag",
            FigureLabels.Years(year),
            [.. kinds.Select(k => (FigureLabels.ComplaintKind(k), new[] { thisYear.GetValueOrDefault(k), lastYear.GetValueOrDefault(k) }))],
            threshold,
            chart: true);
        var perMonth = await db.CountsByMonthAsync(Subject.Complaints, year, cancellationToken);
        var byMonth = FigureTable.Disclosed(
            "Klagomål och synpunkter per månad",
            ["Antal"],
            [.. Enumerable.Range(1, 12).Select(m => (FigureLabels.Month(m), new[] { perMonth.GetValueOrDefault(m) }))],
            threshold,
            chart: true);
        return [byKind, byMonth];
    }
}
