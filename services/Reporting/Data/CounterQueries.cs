using Ledningssystem.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Data;

/// <summary>A month, kind, category and status with its count, summed over the units asked for.</summary>
public sealed record CountRow(int Month, string Kind, string Category, CaseStatus Status, long Count, long ScoreHundredths);

/// <summary>
/// Reads the current tenant's counters for a period: the tenant's own cells, or the cells of the units asked for
/// summed, so the cost grows with the number of cells (units × months × kinds × statuses), never with the number of
/// cases.
/// </summary>
public static class CounterQueries
{
    /// <summary>
    /// The cells of <paramref name="units"/> (null: every unit) in <paramref name="verksamhetsform"/> from month
    /// <paramref name="from"/> to <paramref name="to"/>, in order; a page of them.
    /// </summary>
    public static Task<List<CountRow>> CountsAsync(
        this ReportingDb db, Subject subject, string verksamhetsform, int from, int to, IReadOnlyList<string>? units, int skip, int take, CancellationToken cancellationToken) =>
        Cells(db, subject, from, to, units, verksamhetsform)
            .GroupBy(c => new { c.Month, c.Kind, c.Category, c.Status })
            .Select(g => new { g.Key.Month, g.Key.Kind, g.Key.Category, g.Key.Status, Count = g.Sum(c => c.Count), ScoreHundredths = g.Sum(c => c.ScoreHundredths) })
            .Where(r => r.Count != 0)
            .OrderBy(r => r.Month).ThenBy(r => r.Kind).ThenBy(r => r.Category).ThenBy(r => r.Status)
            .Skip(skip)
            .Take(take)
            .Select(r => new CountRow(r.Month, r.Kind, r.Category, r.Status, r.Count, r.ScoreHundredths))
            .ToListAsync(cancellationToken);

    /// <summary>The counts per kind over the whole period.</summary>
    public static async Task<Dictionary<string, long>> CountsByKindAsync(
        this ReportingDb db, Subject subject, int from, int to, IReadOnlyList<string>? units, CancellationToken cancellationToken) =>
        await Cells(db, subject, from, to, units)
            .GroupBy(c => c.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Sum(c => c.Count) })
            .Where(r => r.Count != 0)
            .ToDictionaryAsync(r => r.Kind, r => r.Count, StringComparer.Ordinal, cancellationToken);

    private static IQueryable<Counter> Cells(
        ReportingDb db, Subject subject, int from, int to, IReadOnlyList<string>? units, string verksamhetsform = CounterKey.AllVerksamhetsformer)
    {
        var cells = db.Counters.AsNoTracking()
            .Where(c => c.Subject == subject && c.Verksamhetsform == verksamhetsform && c.Month >= from && c.Month <= to);
        return units is null ? cells.Where(c => c.UnitId == CounterKey.WholeTenant) : cells.Where(c => units.Contains(c.UnitId));
    }
}
