using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.QualityCouncil.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.JointAnalysis.Data;

/// <summary>A unit's count in one month, of one kind and category (summed over the statuses).</summary>
public sealed record UnitMonthCount(string UnitId, int Month, string Kind, string Category, long Count);

/// <summary>A unit's lex Sarah investigations escalated in one month, and how many of them were notified to IVO.</summary>
public sealed record UnitMonthEscalations(string UnitId, int Month, long Investigated, long Notified);

/// <summary>The joint analysis's reads of the current tenant's read models: per unit and month, for a subtree or every unit.</summary>
public static class JointAnalysisQueries
{
    public const string LexSarahTrack = "TRACK_LEX_SARAH";

    /// <summary>
    /// The unit cells of a subject (of one kind, or every kind) over the months (null units: every unit of the tenant), each
    /// case once: the cells of all verksamhetsformer.
    /// </summary>
    public static async Task<List<UnitMonthCount>> UnitCountsAsync(
        this ReportingDb db, Subject subject, string? kind, MonthRange months, IReadOnlyList<string>? units, CancellationToken cancellationToken) =>
        await db.Counters.AsNoTracking()
            .Where(c => c.Subject == subject && c.Verksamhetsform == CounterKey.AllVerksamhetsformer && c.Month >= months.From && c.Month <= months.To)
            .Where(c => kind == null || c.Kind == kind)
            .Where(c => units == null ? c.UnitId != CounterKey.WholeTenant : units.Contains(c.UnitId))
            .GroupBy(c => new { c.UnitId, c.Month, c.Kind, c.Category })
            .Select(g => new UnitMonthCount(g.Key.UnitId, g.Key.Month, g.Key.Kind, g.Key.Category, g.Sum(c => c.Count)))
            .ToListAsync(cancellationToken);

    public static async Task<List<UnitMonthEscalations>> LexSarahEscalationsAsync(
        this ReportingDb db, MonthRange months, IReadOnlyList<string>? units, CancellationToken cancellationToken) =>
        await db.Escalations.AsNoTracking()
            .Where(e => e.Track == LexSarahTrack && e.UnitId != null && e.Month != null && e.Month >= months.From && e.Month <= months.To)
            .Where(e => units == null || units.Contains(e.UnitId!))
            .GroupBy(e => new { e.UnitId, e.Month })
            .Select(g => new UnitMonthEscalations(g.Key.UnitId!, g.Key.Month!.Value, g.LongCount(), g.LongCount(e => e.NotifiedAt != null)))
            .ToListAsync(cancellationToken);
}
