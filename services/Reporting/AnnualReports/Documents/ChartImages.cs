using Ledningssystem.Reporting.AnnualReports.Figures;

namespace Ledningssystem.Reporting.AnnualReports.Documents;

/// <summary>The PNG of every charted table of a document, by the table.</summary>
public sealed class ChartImages
{
    private readonly Dictionary<FigureTable, byte[]> images = new(ReferenceEqualityComparer.Instance);

    public static IEnumerable<FigureTable> Charted(ReportDocument document) => document.Sections.SelectMany(s => s.Tables).Where(t => t.Chart);

    /// <summary>Draws the table's chart; false when it has nothing to show.</summary>
    public bool Draw(FigureTable table)
    {
        if (ChartRenderer.Png(table) is not { } png)
        {
            return false;
        }
        images[table] = png;
        return true;
    }

    public byte[]? Of(FigureTable table) => images.GetValueOrDefault(table);
}
