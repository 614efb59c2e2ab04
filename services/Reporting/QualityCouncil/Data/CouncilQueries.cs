using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.QualityCouncil.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.QualityCouncil.Data;

/// <summary>Per kind and status: how many, and the sum of their compliance scores in hundredths.</summary>
public sealed record Total(string Kind, CaseStatus Status, long Count, long ScoreHundredths);

/// <summary>The kvalitetsråd's reads of the current tenant's read models, always for a unit subtree.</summary>
public static class CouncilQueries
{
    /// <summary>The counter cells of a subject over the months, per kind and status, each case once (the cells of all verksamhetsformer).</summary>
    public static async Task<List<Total>> TotalsAsync(
        this ReportingDb db, Subject subject, MonthRange months, IReadOnlyList<string> units, CancellationToken cancellationToken) =>
        await db.Counters.AsNoTracking()
            .Where(c => c.Subject == subject && c.Verksamhetsform == CounterKey.AllVerksamhetsformer && c.Month >= months.From && c.Month <= months.To
                && units.Contains(c.UnitId))
            .GroupBy(c => new { c.Kind, c.Status })
            .Select(g => new Total(g.Key.Kind, g.Key.Status, g.Sum(c => c.Count), g.Sum(c => c.ScoreHundredths)))
            .ToListAsync(cancellationToken);

    /// <summary>Incidents escalated in the months to a legal track, per track: how many, and how many were notified to IVO (or IMY).</summary>
    public static async Task<Dictionary<string, (long Escalated, long Notified)>> EscalationsAsync(
        this ReportingDb db, MonthRange months, IReadOnlyList<string> units, CancellationToken cancellationToken) =>
        await db.Escalations.AsNoTracking()
            .Where(e => e.UnitId != null && units.Contains(e.UnitId) && e.Month >= months.From && e.Month <= months.To)
            .GroupBy(e => e.Track)
            .Select(g => new { Track = g.Key, Escalated = g.LongCount(), Notified = g.LongCount(e => e.NotifiedAt != null) })
            .ToDictionaryAsync(r => r.Track, r => (r.Escalated, r.Notified), StringComparer.Ordinal, cancellationToken);

    /// <summary>The internkontrollplaner adopted for the years, with the controls that concern the units (or the whole tenant).</summary>
    public static async Task<(long Plans, long Controls)> ControlPlansAsync(
        this ReportingDb db, IEnumerable<int> years, IReadOnlyList<string> units, CancellationToken cancellationToken)
    {
        var wanted = years.ToList();
        var plans = await db.ControlPlans.AsNoTracking().Where(p => wanted.Contains(p.Year)).ToListAsync(cancellationToken);
        var concerned = units.Append(ControlPlan.WholeTenant).ToHashSet(StringComparer.Ordinal);
        return (plans.Count, plans.Sum(p => (long)p.ControlUnitIds.Count(concerned.Contains)));
    }

    /// <summary>
    /// The occurrences planned in the months in the units, by unit, activity and month: at most
    /// <paramref name="limit"/> of them, so the caller sees whether more were left out.
    /// </summary>
    public static async Task<List<OccurrenceRecord>> PlannedOccurrencesAsync(
        this ReportingDb db, MonthRange months, IReadOnlyList<string> units, int limit, CancellationToken cancellationToken) =>
        await db.Occurrences.AsNoTracking()
            .Where(o => o.UnitId != null && units.Contains(o.UnitId) && o.Month >= months.From && o.Month <= months.To)
            .OrderBy(o => o.UnitId).ThenBy(o => o.ActivityName).ThenBy(o => o.ActivityId).ThenBy(o => o.Month).ThenBy(o => o.Key)
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>The subtree's balanslista: the items on it (open or completed), in one query whatever their source.</summary>
    public static IQueryable<BalanceItem> BalanceItemsOf(this ReportingDb db, IReadOnlyList<string> units) =>
        // An incident's action names no unit in older events: it is on the list of its incident's unit.
        db.BalanceItems.AsNoTracking().Where(i => i.Status != BalanceItemStatus.Pending && (i.UnitId != null
            ? units.Contains(i.UnitId)
            : i.Source == SourceService.Incidents
                && db.Cases.Any(c => c.Type == CaseType.Incident && c.CaseId == i.SourceId && c.UnitId != null && units.Contains(c.UnitId))));
}
