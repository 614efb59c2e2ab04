using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.AnnualReports.Data;

/// <summary>The current tenant's counters summed over a whole year, from the cells kept for the whole tenant.</summary>
public static class AnnualCounterQueries
{
    /// <summary>The counts per month (1–12) of <paramref name="year"/>.</summary>
    public static async Task<Dictionary<int, long>> CountsByMonthAsync(this ReportingDb db, Subject subject, int year, CancellationToken cancellationToken) =>
        await YearCells(db, subject, year)
            .GroupBy(c => c.Month)
            .Select(g => new { g.Key, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(r => r.Key % 100, r => r.Count, cancellationToken);

    /// <summary>The counts per status over <paramref name="year"/>.</summary>
    public static async Task<Dictionary<CaseStatus, long>> CountsByStatusAsync(this ReportingDb db, Subject subject, int year, CancellationToken cancellationToken) =>
        await YearCells(db, subject, year)
            .GroupBy(c => c.Status)
            .Select(g => new { g.Key, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(r => r.Key, r => r.Count, cancellationToken);

    private static IQueryable<Counter> YearCells(ReportingDb db, Subject subject, int year) =>
        db.Counters.AsNoTracking().Where(c =>
            c.Subject == subject && c.UnitId == CounterKey.WholeTenant && c.Verksamhetsform == CounterKey.AllVerksamhetsformer && c.Month >= Months.Of(year, 1) && c.Month <= Months.Of(year, 12));
}
