using Ledningssystem.Reporting.AnnualReports.Figures;

namespace Ledningssystem.Reporting.AnnualReports.Documents;

/// <summary>The PNG of every charted table of a document, by the table.</summary>
public sealed class ChartImages
{
    private readonly Dictionary<FigureTable, byte[]> images = new(ReferenceEqualityComparer.Instance);

    public static IEnumerable<FigureTable> Charted(ReportDocument document) => document.Sections.SelectMany(s => s.Tables).Where(t => t.Chart);

    public void Draw(FigureTable table) => images[table] = ChartRenderer.Png(table);

    public byte[]? Of(FigureTable table) => images.GetValueOrDefault(table);
}
