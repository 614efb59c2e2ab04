using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.Domain.RegionalComparison;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Data.RegionalComparison;

/// <summary>
/// The regional comparison's reads across the region's tenants, past the tenant filter: providers' pseudonyms and
/// consent, the whole-tenant counters per verksamhetsform, units per verksamhetsform and registered brukare. Never a
/// case record, and never a unit's own counts.
/// </summary>
public static class RegionQueries
{
    public static Task<List<ComparedProvider>> ProvidersAsync(this ReportingDb db, CancellationToken cancellationToken) =>
        AcrossTenants(db.ComparedProviders).ToListAsync(cancellationToken);

    /// <summary>Each tenant's cases per verksamhetsform from month <paramref name="from"/> to <paramref name="to"/> (only the tenants with cases).</summary>
    public static async Task<Dictionary<(string TenantId, string Verksamhetsform), long>> CountsAsync(
        this ReportingDb db, Subject subject, string? verksamhetsform, int from, int to, CancellationToken cancellationToken)
    {
        var cells = AcrossTenants(db.Counters)
            .Where(c => c.Subject == subject && c.UnitId == CounterKey.WholeTenant && c.Month >= from && c.Month <= to);
        cells = verksamhetsform is null
            ? cells.Where(c => c.Verksamhetsform != CounterKey.AllVerksamhetsformer)
            : cells.Where(c => c.Verksamhetsform == verksamhetsform);
        return await cells
            .GroupBy(c => new { c.TenantId, c.Verksamhetsform })
            .Select(g => new { g.Key.TenantId, g.Key.Verksamhetsform, Count = g.Sum(c => c.Count) })
            .ToDictionaryAsync(r => (r.TenantId, r.Verksamhetsform), r => r.Count, cancellationToken);
    }

    /// <summary>Each tenant's units per verksamhetsform, but those in <paramref name="closed"/>: who runs what.</summary>
    public static async Task<Dictionary<(string TenantId, string Verksamhetsform), int>> UnitsAsync(
        this ReportingDb db, string? verksamhetsform, IReadOnlySet<(string TenantId, string UnitId)> closed, CancellationToken cancellationToken)
    {
        var units = AcrossTenants(db.UnitVerksamhetsformer);
        if (verksamhetsform is not null)
        {
            units = units.Where(u => u.Verksamhetsform == verksamhetsform);
        }
        // A region has some thousand units: read as rows, since the closed ones live in the access replica's own table.
        var rows = await units.Select(u => new { u.TenantId, u.UnitId, u.Verksamhetsform }).ToListAsync(cancellationToken);
        return rows
            .Where(u => !closed.Contains((u.TenantId, u.UnitId)))
            .GroupBy(u => (u.TenantId, u.Verksamhetsform))
            .ToDictionary(g => g.Key, g => g.Count());
    }

    public static Task<Dictionary<(string TenantId, string Verksamhetsform), int>> ServiceUsersAsync(
        this ReportingDb db, int year, CancellationToken cancellationToken) =>
        AcrossTenants(db.ServiceUserCounts)
            .Where(c => c.Year == year)
            .ToDictionaryAsync(c => (c.TenantId, c.Verksamhetsform), c => c.Count, cancellationToken);

    /// <summary>The suppression threshold of the region's own tenant: the region sets it for the comparison.</summary>
    public static async Task<int> RegionThresholdAsync(this ReportingDb db, CancellationToken cancellationToken)
    {
        var regions = AcrossTenants(db.ComparedProviders).Where(p => p.Kind == ProviderKind.Region).Select(p => p.TenantId);
        var thresholds = await AcrossTenants(db.Settings).Where(s => regions.Contains(s.TenantId)).Select(s => s.SuppressionThreshold).ToListAsync(cancellationToken);
        return thresholds.Count == 0 ? ReportingSettings.DefaultThreshold : thresholds.Max();
    }

    private static IQueryable<T> AcrossTenants<T>(IQueryable<T> rows)
        where T : class =>
        rows.AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter]);
}
