using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Reporting.Api;

/// <summary>
/// Which units a statistics call covers, once the caller may see them: the whole tenant (null) for a caller who reads
/// statistics tenant-wide, or a unit's subtree for a caller who reads them there. Another tenant's unit is NOT_FOUND.
/// </summary>
public sealed class StatisticsScope(IAccessControl access, IOrganizationDirectory organization)
{
    public async Task<IReadOnlyList<string>?> UnitsAsync(string unitId, CancellationToken cancellationToken)
    {
        if (unitId.Length == 0)
        {
            await access.RequireTenantWideAsync(Domain.ReportingPermissions.ReadStatistics, cancellationToken);
            return null;
        }
        var subtree = await organization.SubtreeAsync(unitId, cancellationToken) ?? throw RpcErrors.NotFound($"Enheten {unitId} finns inte.");
        await access.RequireAsync(Domain.ReportingPermissions.ReadStatistics, unitId, cancellationToken);
        return subtree;
    }
}
