namespace Ledningssystem.Reporting.StatisticsExports;

/// <summary>A table as a person reads it in a spreadsheet: Swedish headings, and cells that are text or whole numbers.</summary>
public sealed record StatisticsTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object>> Rows);
