using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ledningssystem.Reporting.AnnualReports.Figures;
using Drawing = DocumentFormat.OpenXml.Drawing;
using Pictures = DocumentFormat.OpenXml.Drawing.Pictures;
using WordDrawing = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Ledningssystem.Reporting.AnnualReports.Documents;

/// <summary>A berättelse as a Word document: headings in Word's own heading styles (so the reader's table of contents works), text, tables and charts.</summary>
internal static class WordReportWriter
{
    /// <summary>DrawingML measures in EMUs; the chart is 16 cm wide, the text width of an A4 page with 2 cm margins.</summary>
    private const long EmuPerCentimetre = 360_000;
    private const long ChartWidthEmu = 16 * EmuPerCentimetre;

    public static byte[] Write(ReportDocument document, ChartImages charts)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = document.Title;
            word.PackageProperties.Subject = document.ProviderName;
            word.PackageProperties.Language = "sv-SE";
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            body.Append(Paragraph(document.Title, "Title"), Paragraph(document.ProviderName, "Subtitle"), Paragraph(document.Status, null));
            uint pictureId = 1;
            foreach (var section in document.Sections)
            {
                body.Append(Paragraph(section.Heading, "Heading1"));
                body.Append(section.Paragraphs.Select(p => Paragraph(p, null)));
                foreach (var table in section.Tables)
                {
                    body.Append(Paragraph(table.Title, "Heading2"), Table(table));
                    if (charts.Of(table) is { } png)
                    {
                        body.Append(Picture(main, png, pictureId++, table.Title));
                    }
                }
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 708, Footer = 708, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = DocumentFonts.Family, HighAnsi = DocumentFonts.Family },
                new FontSize { Val = "21" },
                new Languages { Val = "sv-SE" }))),
            Style("Title", "Title", 44),
            Style("Subtitle", "Subtitle", 28),
            Style("Heading1", "heading 1", 28, outlineLevel: 0),
            Style("Heading2", "heading 2", 22, outlineLevel: 1));
    }

    private static Style Style(string id, string name, int halfPoints, int? outlineLevel = null)
    {
        var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }, new KeepNext());
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }
        return new Style(
            new StyleName { Val = name },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        var lines = text.Split('\n');
        var run = new Run();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        paragraph.Append(run);
        return paragraph;
    }

    private static Table Table(FigureTable figure)
    {
        var border = new Func<BorderType, BorderType>(b =>
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "BFBFBF";
            return b;
        });
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                border(new TopBorder()), border(new BottomBorder()), border(new InsideHorizontalBorder()))));
        table.Append(Row("", figure.Columns, header: true));
        table.Append(figure.Rows.Select(r => Row(r.Label, [.. r.Values.Select(figure.Text)], header: false)));
        return table;
    }

    private static TableRow Row(string label, IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        row.Append(Cell(label, header, JustificationValues.Left));
        row.Append(cells.Select(c => Cell(c, header, JustificationValues.Right)));
        return row;
    }

    private static TableCell Cell(string text, bool bold, JustificationValues alignment)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }
        return new TableCell(new Paragraph(new ParagraphProperties(new Justification { Val = alignment }), run));
    }

    /// <summary>The PNG inline in its own paragraph: an image part and the DrawingML that places it.</summary>
    private static Paragraph Picture(MainDocumentPart main, byte[] png, uint id, string description)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }
        var relationship = main.GetIdOfPart(part);
        var height = ChartWidthEmu * ChartRenderer.Height / ChartRenderer.Width;
        var name = $"Diagram {id}";
        var inline = new WordDrawing.Inline(
            new WordDrawing.Extent { Cx = ChartWidthEmu, Cy = height },
            new WordDrawing.DocProperties { Id = id, Name = name, Description = description },
            new WordDrawing.NonVisualGraphicFrameDrawingProperties(new Drawing.GraphicFrameLocks { NoChangeAspect = true }),
            new Drawing.Graphic(new Drawing.GraphicData(
                new Pictures.Picture(
                    new Pictures.NonVisualPictureProperties(
                        new Pictures.NonVisualDrawingProperties { Id = id, Name = name },
                        new Pictures.NonVisualPictureDrawingProperties()),
                    new Pictures.BlipFill(new Drawing.Blip { Embed = relationship }, new Drawing.Stretch(new Drawing.FillRectangle())),
                    new Pictures.ShapeProperties(
                        new Drawing.Transform2D(new Drawing.Offset { X = 0, Y = 0 }, new Drawing.Extents { Cx = ChartWidthEmu, Cy = height }),
                        new Drawing.PresetGeometry(new Drawing.AdjustValueList()) { Preset = Drawing.ShapeTypeValues.Rectangle })))
            {
                Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
            }))
        {
            DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0,
        };
        return new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Drawing(inline)));
    }
}
