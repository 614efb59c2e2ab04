using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.AnnualReports.Figures;

/// <summary>One row of a <see cref="FigureTable"/>: a label and a count per column, small counts suppressed.</summary>
public sealed record FigureLine(string Label, IReadOnlyList<DisclosedCount> Values);

/// <summary>
/// A table of counts in a section of the berättelse. When <see cref="Chart"/> is set the documents also draw its first
/// column as a bar chart (suppressed counts are left out of the chart, as they are out of the table).
/// </summary>
public sealed record FigureTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<FigureLine> Rows, bool Chart, int Threshold)
{
    /// <summary>How a count of this table prints: the number, or "färre än N".</summary>
    public string Text(DisclosedCount count) => Disclosure.Text(count, Threshold);

    /// <summary>
    /// A table of raw counts, one list per row in column order, each column suppressed as a compilation to the nämnd is
    /// (the berättelse is public): counts under the threshold, and a second one where a column total would reveal one.
    /// </summary>
    public static FigureTable Disclosed(string title, IReadOnlyList<string> columns, IReadOnlyList<(string Label, long[] Counts)> rows, int threshold, bool chart)
    {
        var disclosed = rows.Select(_ => new DisclosedCount[columns.Count]).ToArray();
        for (var column = 0; column < columns.Count; column++)
        {
            var counts = rows.Select(r => r.Counts[column]).ToList();
            var parts = Disclosure.Parts(Disclosure.Of(counts.Sum(), threshold), counts, threshold);
            for (var row = 0; row < rows.Count; row++)
            {
                disclosed[row][column] = parts[row];
            }
        }
        return new FigureTable(title, columns, [.. rows.Select((r, i) => new FigureLine(r.Label, disclosed[i]))], chart, threshold);
    }
}

/// <summary>The figures of one section.</summary>
public sealed record SectionFigures(ReportSection Section, IReadOnlyList<FigureTable> Tables);

/// <summary>
/// The figures of one section of the berättelse for a year, from the read model. One provider per section; a section
/// without a provider has text only. Egenkontroll and riskanalys get theirs when the read model counts inspections and
/// risks (docs/reporting.md).
/// </summary>
public interface ISectionFigures
{
    ReportSection Section { get; }

    /// <summary>The current tenant's tables for <paramref name="year"/>, counts under <paramref name="threshold"/> suppressed.</summary>
    Task<IReadOnlyList<FigureTable>> TablesAsync(int year, int threshold, CancellationToken cancellationToken);
}
