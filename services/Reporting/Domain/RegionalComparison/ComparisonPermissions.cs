using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Reporting.Domain.RegionalComparison;

/// <summary>Who reads the regional comparison besides the tenants' own statistics readers (ADR 0026).</summary>
public static class ComparisonPermissions
{
    /// <summary>
    /// The region admin, held on the region tenant's top unit; Organizations assigns the role only in the region's own
    /// tenant. Sees every provider by pseudonym (or name, where agreed) and no tenant's own name.
    /// </summary>
    public static readonly Permission ReadRegion = new("reporting.comparison.region", Role.RegionAdmin);
}
