using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.AnnualReports.Figures;

namespace Ledningssystem.Reporting.StatisticsExports;

/// <summary>The statistics responses as tables with Swedish headings, kinds and statuses (kinds the labels do not know keep their contract name).</summary>
public static class StatisticsTables
{
    public static StatisticsTable Of(Subject subject, IEnumerable<StatisticsRow> rows) => new(
        SubjectName(subject),
        ["Månad", "Slag", "Kategori", "Status", "Antal"],
        [.. rows.Select(r => (IReadOnlyList<object>)[r.Month, KindName(subject, r.Kind), r.Category, StatusName(r.Status), r.Count])]);

    /// <summary>One row per subject's total and per kind: this quarter and the same quarter the year before, as the nämnd sees them.</summary>
    public static StatisticsTable Of(GetQuarterlyCompilationResponse compilation) => new(
        "Kvartalssammanställning",
        ["Område", "Slag", $"{compilation.FromMonth}–{compilation.ToMonth}", "Samma kvartal föregående år"],
        [
            .. compilation.Subjects.SelectMany(s => new[] { Line(s.Subject, "Totalt", s.Total, s.TotalPreviousYear) }
                .Concat(s.Kinds.Select(k => Line(s.Subject, KindName(s.Subject, k.Kind), k.Count, k.PreviousYear)))),
        ]);

    /// <summary>A shown count as a number, a suppressed one as its text ("färre än 5").</summary>
    private static IReadOnlyList<object> Line(Subject subject, string kind, DisclosedCount count, DisclosedCount previous) =>
        [SubjectName(subject), kind, Cell(count), Cell(previous)];

    private static object Cell(DisclosedCount count) => count.Suppressed ? count.Text : count.Value;

    public static string SubjectName(Subject subject) => subject switch
    {
        Subject.Incidents => "Avvikelser",
        Subject.Complaints => "Klagomål och synpunkter",
        Subject.ComplaintCategories => "Klagomål per kategori",
        _ => subject.ToString(),
    };

    public static string KindName(Subject subject, string kind) =>
        subject == Subject.Incidents ? FigureLabels.IncidentKind(kind) : FigureLabels.ComplaintKind(kind);

    public static string StatusName(CaseStatus status) => status switch
    {
        CaseStatus.New => "Ny",
        CaseStatus.InProgress => "Under handläggning",
        CaseStatus.Closed => "Avslutad",
        _ => "",
    };
}
