using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Identity;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// Answers from the service's own replica (ADR 0006), as <see cref="AccessModelCache"/> keeps it between calls: the
/// caller's valid grants (role and the path of an open unit) and the units of the caller's tenant, never another's.
/// </summary>
internal sealed class AccessControl<TContext>(TContext db, AccessModelCache cache, ICallerAccessor callers, TimeProvider clock) : IAccessControl
    where TContext : PlatformDbContext
{
    public async Task RequireAsync(Permission permission, string unitId, CancellationToken cancellationToken = default)
    {
        if (!await IsAllowedAsync(permission, unitId, cancellationToken))
        {
            throw RpcErrors.PermissionDenied();
        }
    }

    public async Task<bool> IsAllowedAsync(Permission permission, string unitId, CancellationToken cancellationToken = default)
    {
        var (tenant, granted) = await GrantedPathsAsync(permission, cancellationToken);
        return tenant.Units.TryGetValue(unitId, out var target) && granted.Any(path => UnitReplica.Covers(path, target.Path));
    }

    public async Task RequireTenantWideAsync(Permission permission, CancellationToken cancellationToken = default)
    {
        var (tenant, granted) = await GrantedPathsAsync(permission, cancellationToken);
        var roots = tenant.Units.Values.Where(u => u.ParentId is null && u.Open).Select(u => u.Path).ToList();
        if (granted.Count == 0 || roots.Count == 0 || !roots.All(root => granted.Any(path => UnitReplica.Covers(path, root))))
        {
            throw RpcErrors.PermissionDenied();
        }
    }

    public async Task<IReadOnlyList<string>> UnitsAllowedAsync(Permission permission, CancellationToken cancellationToken = default)
    {
        var (tenant, granted) = await GrantedPathsAsync(permission, cancellationToken);
        return [.. tenant.Units.Values.Where(u => granted.Any(path => UnitReplica.Covers(path, u.Path))).Select(u => u.Id)];
    }

    private async Task<(TenantAccess Tenant, List<string> Paths)> GrantedPathsAsync(Permission permission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permission);
        var caller = callers.Required;
        var tenant = await cache.TenantAsync(db, caller.TenantId, cancellationToken);
        var now = clock.GetUtcNow();
        var assignments = await cache.AssignmentsAsync(db, caller.TenantId, caller.UserId, cancellationToken);
        List<string> paths = [.. assignments
            .Where(a => a.IsValidAt(now) && permission.GrantedBy.Contains(a.Role))
            .Select(a => tenant.Units.GetValueOrDefault(a.UnitId))
            .OfType<TenantUnit>()
            .Where(u => u.Open)
            .Select(u => u.Path)
            .Distinct()];
        return (tenant, paths);
    }
}
