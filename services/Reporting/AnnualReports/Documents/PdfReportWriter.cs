using Ledningssystem.Reporting.AnnualReports.Figures;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Ledningssystem.Reporting.AnnualReports.Documents;

/// <summary>A berättelse as an A4 PDF: title page heading, then each section's heading, text, tables and charts, flowing over pages.</summary>
internal sealed class PdfReportWriter : IDisposable
{
    private const double Margin = 56;
    private const double LineGap = 4;

    private static readonly XFont TitleFont = new(DocumentFonts.Family, 22, XFontStyleEx.Bold);
    private static readonly XFont HeadingFont = new(DocumentFonts.Family, 14, XFontStyleEx.Bold);
    private static readonly XFont TableTitleFont = new(DocumentFonts.Family, 10.5, XFontStyleEx.Bold);
    private static readonly XFont BodyFont = new(DocumentFonts.Family, 10.5, XFontStyleEx.Regular);

    private readonly PdfDocument pdf = new();
    private XGraphics page = null!;
    private double width;
    private double bottom;
    private double y;

    public static byte[] Write(ReportDocument document, ChartImages charts)
    {
        using var writer = new PdfReportWriter();
        writer.pdf.Info.Title = document.Title;
        writer.pdf.Info.Subject = document.ProviderName;
        writer.pdf.Language = "sv-SE";
        writer.NewPage();
        writer.Text(document.Title, TitleFont);
        writer.Text(document.ProviderName, HeadingFont);
        writer.Text(document.Status, BodyFont);
        foreach (var section in document.Sections)
        {
            writer.y += 16;
            writer.KeepSpace(60);
            writer.Text(section.Heading, HeadingFont);
            foreach (var paragraph in section.Paragraphs)
            {
                writer.Text(paragraph, BodyFont);
                writer.y += 6;
            }
            foreach (var table in section.Tables)
            {
                writer.Table(table);
                if (charts.Of(table) is { } png)
                {
                    writer.Image(png);
                }
            }
        }
        using var stream = new MemoryStream();
        writer.pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        page?.Dispose();
        pdf.Dispose();
    }

    private void NewPage()
    {
        page?.Dispose();
        var pdfPage = pdf.AddPage();
        pdfPage.Size = PdfSharp.PageSize.A4;
        page = XGraphics.FromPdfPage(pdfPage);
        width = pdfPage.Width.Point - (2 * Margin);
        bottom = pdfPage.Height.Point - Margin;
        y = Margin;
    }

    private void KeepSpace(double height)
    {
        if (y + height > bottom)
        {
            NewPage();
        }
    }

    /// <summary>Text wrapped at words to the page's width, continuing on a new page when it reaches the bottom.</summary>
    private void Text(string text, XFont font, double indent = 0)
    {
        var lineHeight = font.GetHeight() + LineGap;
        foreach (var line in Wrap(text, font, width - indent))
        {
            KeepSpace(lineHeight);
            page.DrawString(line, font, XBrushes.Black, new XRect(Margin + indent, y, width - indent, lineHeight), XStringFormats.TopLeft);
            y += lineHeight;
        }
    }

    private IEnumerable<string> Wrap(string text, XFont font, double maxWidth)
    {
        foreach (var paragraphLine in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraphLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && page.MeasureString(candidate, font).Width > maxWidth)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            yield return line;
        }
    }

    private void Table(FigureTable table)
    {
        var rowHeight = BodyFont.GetHeight() + 8;
        y += 8;
        KeepSpace(rowHeight * 3);
        Text(table.Title, TableTitleFont);
        var labelWidth = width * 0.55;
        var columnWidth = (width - labelWidth) / Math.Max(1, table.Columns.Count);
        Row("", table.Columns, TableTitleFont);
        foreach (var row in table.Rows)
        {
            Row(row.Label, [.. row.Values.Select(table.Text)], BodyFont);
        }

        void Row(string label, IReadOnlyList<string> cells, XFont font)
        {
            KeepSpace(rowHeight);
            page.DrawLine(XPens.LightGray, Margin, y + rowHeight, Margin + width, y + rowHeight);
            page.DrawString(label, font, XBrushes.Black, new XRect(Margin + 2, y + 4, labelWidth - 4, rowHeight), XStringFormats.TopLeft);
            for (var i = 0; i < cells.Count; i++)
            {
                page.DrawString(cells[i], font, XBrushes.Black, new XRect(Margin + labelWidth + (i * columnWidth), y + 4, columnWidth - 4, rowHeight), XStringFormats.TopRight);
            }
            y += rowHeight;
        }
    }

    private void Image(byte[] png)
    {
        using var stream = new MemoryStream(png);
        using var image = XImage.FromStream(stream);
        var height = width * ChartRenderer.Height / ChartRenderer.Width;
        y += 8;
        KeepSpace(height);
        page.DrawImage(image, Margin, y, width, height);
        y += height + 8;
    }
}
