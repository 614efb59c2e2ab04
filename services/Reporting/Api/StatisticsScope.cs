using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Reporting.Api;

/// <summary>
/// Which units a call over counts covers, once the caller may see them: the whole tenant (null) for a caller who holds
/// the permission tenant-wide, or a unit's subtree for a caller who holds it there. Another tenant's unit is NOT_FOUND.
/// </summary>
public sealed class StatisticsScope(IAccessControl access, IOrganizationDirectory organization)
{
    public Task<IReadOnlyList<string>?> UnitsAsync(string unitId, CancellationToken cancellationToken) =>
        UnitsAsync(unitId, Domain.ReportingPermissions.ReadStatistics, cancellationToken);

    public async Task<IReadOnlyList<string>?> UnitsAsync(string unitId, Permission permission, CancellationToken cancellationToken)
    {
        if (unitId.Length == 0)
        {
            await access.RequireTenantWideAsync(permission, cancellationToken);
            return null;
        }
        var subtree = await organization.SubtreeAsync(unitId, cancellationToken) ?? throw RpcErrors.NotFound($"Enheten {unitId} finns inte.");
        await access.RequireAsync(permission, unitId, cancellationToken);
        return subtree;
    }
}
