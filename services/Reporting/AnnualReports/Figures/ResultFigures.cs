using Ledningssystem.Reporting.AnnualReports.Data;
using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.AnnualReports.Figures;

/// <summary>Resultat: of the year's avvikelser and klagomål, how many were closed by the end of the period and how many are still open.</summary>
public sealed class ResultFigures(ReportingDb db) : ISectionFigures
{
    public ReportSection Section => ReportSection.Results;

    public async Task<IReadOnlyList<FigureTable>> TablesAsync(int year, int threshold, CancellationToken cancellationToken)
    {
        var incidents = await db.CountsByStatusAsync(Subject.Incidents, year, cancellationToken);
        var complaints = await db.CountsByStatusAsync(Subject.Complaints, year, cancellationToken);
        return
        [
            FigureTable.Disclosed(
                "Handläggning av årets ärenden",
                ["Avvikelser", "Klagomål och synpunkter"],
                [
                    ("Avslutade", [incidents.GetValueOrDefault(CaseStatus.Closed), complaints.GetValueOrDefault(CaseStatus.Closed)]),
                    ("Under handläggning", [incidents.GetValueOrDefault(CaseStatus.InProgress), complaints.GetValueOrDefault(CaseStatus.InProgress)]),
                    ("Inte påbörjade", [incidents.GetValueOrDefault(CaseStatus.New), complaints.GetValueOrDefault(CaseStatus.New)]),
                ],
                threshold,
                chart: false),
        ];
    }
}
