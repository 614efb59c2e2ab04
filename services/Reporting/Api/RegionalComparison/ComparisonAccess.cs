using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.Domain.RegionalComparison;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Api.RegionalComparison;

/// <summary>
/// Who reads the regional comparison (ADR 0026): the region admin, on the region's own tenant, and whoever reads a
/// tenant's statistics tenant-wide (the nämnd, the management, the tenant admin). Anyone else is PERMISSION_DENIED.
/// </summary>
public sealed class ComparisonAccess(IAccessControl access, IOrganizationDirectory organization, ReportingDb db, ITenantContext tenant)
{
    /// <summary>The caller's own tenant, once the caller may read the comparison.</summary>
    public async Task<string> RequireReaderAsync(CancellationToken cancellationToken)
    {
        var own = tenant.TenantId ?? throw new TenantIsolationException("No tenant applies to the call.");
        if (!await IsRegionAdminAsync(cancellationToken))
        {
            await access.RequireTenantWideAsync(ReportingPermissions.ReadStatistics, cancellationToken);
        }
        return own;
    }

    private async Task<bool> IsRegionAdminAsync(CancellationToken cancellationToken)
    {
        var isRegion = await db.ComparedProviders.AsNoTracking().AnyAsync(p => p.Kind == ProviderKind.Region, cancellationToken);
        if (!isRegion)
        {
            return false;
        }
        var topUnits = await organization.TopUnitsAsync(cancellationToken);
        foreach (var unit in topUnits)
        {
            if (!await access.IsAllowedAsync(ComparisonPermissions.ReadRegion, unit, cancellationToken))
            {
                return false;
            }
        }
        return topUnits.Count > 0;
    }
}
