using Ledningssystem.Reporting.AnnualReports.Figures;
using ScottPlot;

namespace Ledningssystem.Reporting.AnnualReports.Documents;

/// <summary>A table's first column as a bar chart, a PNG both documents embed.</summary>
internal static class ChartRenderer
{
    public const int Width = 900;
    public const int Height = 420;

    public static byte[] Png(FigureTable table)
    {
        var plot = new Plot();
        plot.Font.Set(DocumentFonts.Family);
        var shown = table.Rows.Select((row, i) => (row, i)).ToList();
        var bars = plot.Add.Bars(shown.Select(s => s.row.Values[0].Suppressed ? 0d : s.row.Values[0].Value).ToArray());
        bars.Color = Color.FromHex("#2F5D8A");
        plot.Axes.Bottom.SetTicks([.. shown.Select(s => (double)s.i)], [.. shown.Select(s => s.row.Label)]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = shown.Count > 6 ? 45 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = shown.Count > 6 ? Alignment.MiddleLeft : Alignment.UpperCenter;
        plot.Axes.Margins(bottom: 0);
        plot.Title(table.Title);
        plot.YLabel("Antal");
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
