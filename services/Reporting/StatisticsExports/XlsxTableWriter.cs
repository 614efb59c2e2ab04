using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ledningssystem.Reporting.StatisticsExports;

/// <summary>A table as an .xlsx workbook of one sheet: the headings in bold in a frozen first row, counts as numbers, text inline.</summary>
public static class XlsxTableWriter
{
    private const uint BoldStyle = 1;

    public static byte[] Write(StatisticsTable table)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = workbook.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Headers, BoldStyle));
            for (var i = 0; i < table.Rows.Count; i++)
            {
                data.Append(Row((uint)i + 2, table.Rows[i], null));
            }
            sheetPart.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                data);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = table.Name }));
        }
        return stream.ToArray();
    }

    private static Row Row(uint number, IEnumerable<object> values, uint? style)
    {
        var row = new Row { RowIndex = number };
        row.Append(values.Select(value =>
        {
            var cell = value switch
            {
                long count => new Cell { DataType = CellValues.Number, CellValue = new CellValue(count.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                string text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) },
                _ => throw new ArgumentException($"A statistics cell is text or a whole number, not {value.GetType().Name}.", nameof(values)),
            };
            if (style is { } index)
            {
                cell.StyleIndex = index;
            }
            return cell;
        }));
        return row;
    }
}
