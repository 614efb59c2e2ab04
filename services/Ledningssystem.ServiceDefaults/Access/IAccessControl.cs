namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// The one question handlers ask: may the current caller do this in that unit? A role held on a unit counts
/// for the unit's whole subtree, only while its assignment is valid and its unit is open. Without an
/// authenticated caller every method throws UNAUTHENTICATED.
/// </summary>
public interface IAccessControl
{
    /// <summary>Throws PERMISSION_DENIED unless the caller holds <paramref name="permission"/> in <paramref name="unitId"/>.</summary>
    Task RequireAsync(Permission permission, string unitId, CancellationToken cancellationToken = default);

    /// <summary>Whether the caller holds <paramref name="permission"/> in <paramref name="unitId"/> (an unknown unit: false).</summary>
    Task<bool> IsAllowedAsync(Permission permission, string unitId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Throws PERMISSION_DENIED unless the caller holds <paramref name="permission"/> over the whole tenant (on every
    /// open root unit), for data that belongs to no unit, such as the audit trail.
    /// </summary>
    Task RequireTenantWideAsync(Permission permission, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every unit of the caller's tenant in which the caller holds <paramref name="permission"/>, for list filters:
    /// <c>db.Incidents.Where(i =&gt; units.Contains(i.UnitId))</c>.
    /// </summary>
    Task<IReadOnlyList<string>> UnitsAllowedAsync(Permission permission, CancellationToken cancellationToken = default);
}

public static class AccessControlExtensions
{
    /// <summary>Whether the caller holds any of <paramref name="permissions"/> in <paramref name="unitId"/>, asked in order.</summary>
    public static async Task<bool> IsAllowedAnyAsync(
        this IAccessControl access, IEnumerable<Permission> permissions, string unitId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(permissions);
        foreach (var permission in permissions)
        {
            if (await access.IsAllowedAsync(permission, unitId, cancellationToken))
            {
                return true;
            }
        }
        return false;
    }
}
