using Ledningssystem.Reporting.AnnualReports.Figures;
using ScottPlot;

namespace Ledningssystem.Reporting.AnnualReports.Documents;

/// <summary>
/// A table's first column as a bar chart, a PNG both documents embed. A suppressed count gets no bar (a bar of 0 would
/// read as none), and the chart says so; a table with nothing to show gets no chart.
/// </summary>
internal static class ChartRenderer
{
    public const int Width = 900;
    public const int Height = 420;

    public static byte[]? Png(FigureTable table)
    {
        var counts = table.Rows.Select(row => row.Values[0]).ToList();
        if (!counts.Any(c => !c.Suppressed && c.Value > 0))
        {
            return null;
        }
        var plot = new Plot();
        plot.Font.Set(DocumentFonts.Family);
        plot.Add.Bars(counts
            .Select((count, i) => (count, i))
            .Where(c => !c.count.Suppressed)
            .Select(c => new Bar { Position = c.i, Value = c.count.Value, FillColor = Color.FromHex("#2F5D8A") })
            .ToList());
        plot.Axes.Bottom.SetTicks([.. table.Rows.Select((_, i) => (double)i)], [.. table.Rows.Select(row => row.Label)]);
        if (table.Rows.Count > 6)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }
        if (counts.Any(c => c.Suppressed))
        {
            plot.XLabel($"Antal färre än {table.Threshold} visas inte i diagrammet.");
        }
        // Every row keeps its place on the axis, with or without a bar.
        plot.Axes.SetLimits(-0.5, table.Rows.Count - 0.5, 0, counts.Where(c => !c.Suppressed).Max(c => c.Value) * 1.1);
        plot.Title(table.Title);
        plot.YLabel("Antal");
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
