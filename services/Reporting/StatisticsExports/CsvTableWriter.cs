using System.Globalization;
using System.Text;

namespace Ledningssystem.Reporting.StatisticsExports;

/// <summary>
/// CSV as Swedish Excel opens it with a double-click: UTF-8 with a byte order mark (or å, ä, ö break), semicolons (the
/// comma is the decimal separator in Swedish), CRLF, fields quoted when they hold a separator, a quote or a line break.
/// A text cell that a spreadsheet would take for a formula (=, +, -, @) gets a leading apostrophe.
/// </summary>
public static class CsvTableWriter
{
    public const char Separator = ';';

    public static byte[] Write(StatisticsTable table)
    {
        var csv = new StringBuilder();
        Line(csv, table.Headers);
        foreach (var row in table.Rows)
        {
            Line(csv, row.Select(Cell));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Cell(object value) => value switch
    {
        long number => number.ToString(CultureInfo.InvariantCulture),
        string text when text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) => "'" + text,
        string text => text,
        _ => throw new ArgumentException($"A statistics cell is text or a whole number, not {value.GetType().Name}.", nameof(value)),
    };

    private static void Line(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(Separator, cells.Select(Quoted));
        csv.Append("\r\n");
    }

    private static string Quoted(string cell) =>
        cell.AsSpan().IndexOfAny([Separator, '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
