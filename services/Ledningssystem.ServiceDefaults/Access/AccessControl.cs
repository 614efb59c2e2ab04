using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// Answers from the service's own replica (ADR 0006). The caller's valid grants (role and the path of an open
/// unit) are read once per scope; every query also names the caller's tenant, on top of the tenant filter.
/// </summary>
internal sealed class AccessControl<TContext>(TContext db, ICallerAccessor callers, TimeProvider clock) : IAccessControl
    where TContext : PlatformDbContext
{
    private (Caller Caller, List<Grant> Grants)? loaded;

    public async Task RequireAsync(Permission permission, string unitId, CancellationToken cancellationToken = default)
    {
        if (!await IsAllowedAsync(permission, unitId, cancellationToken))
        {
            throw RpcErrors.PermissionDenied();
        }
    }

    public async Task<bool> IsAllowedAsync(Permission permission, string unitId, CancellationToken cancellationToken = default)
    {
        var caller = callers.Required;
        var granted = await GrantedPathsAsync(caller, permission, cancellationToken);
        if (granted.Count == 0)
        {
            return false;
        }
        var target = await db.Set<UnitReplica>().AsNoTracking()
            .Where(u => u.TenantId == caller.TenantId && u.Id == unitId)
            .Select(u => u.Path)
            .FirstOrDefaultAsync(cancellationToken);
        return target is not null && granted.Any(path => UnitReplica.Covers(path, target));
    }

    public async Task RequireTenantWideAsync(Permission permission, CancellationToken cancellationToken = default)
    {
        var caller = callers.Required;
        var granted = await GrantedPathsAsync(caller, permission, cancellationToken);
        var roots = granted.Count == 0 ? [] : await db.Set<UnitReplica>().AsNoTracking()
            .Where(u => u.TenantId == caller.TenantId && u.ParentId == null && u.ClosedAt == null)
            .Select(u => u.Path)
            .ToListAsync(cancellationToken);
        if (roots.Count == 0 || !roots.All(root => granted.Any(path => UnitReplica.Covers(path, root))))
        {
            throw RpcErrors.PermissionDenied();
        }
    }

    public async Task<IReadOnlyList<string>> UnitsAllowedAsync(Permission permission, CancellationToken cancellationToken = default)
    {
        var caller = callers.Required;
        var granted = await GrantedPathsAsync(caller, permission, cancellationToken);
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in granted.Where(path => !granted.Any(other => other != path && UnitReplica.Covers(other, path))))
        {
            units.UnionWith(await db.Set<UnitReplica>().AsNoTracking()
                .Where(u => u.TenantId == caller.TenantId && u.Path.StartsWith(path))
                .Select(u => u.Id)
                .ToListAsync(cancellationToken));
        }
        return [.. units];
    }

    private async Task<List<string>> GrantedPathsAsync(Caller caller, Permission permission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permission);
        var grants = await GrantsAsync(caller, cancellationToken);
        return [.. grants.Where(g => permission.GrantedBy.Contains(g.Role)).Select(g => g.UnitPath).Distinct()];
    }

    private async Task<List<Grant>> GrantsAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (loaded is { } cached && cached.Caller == caller)
        {
            return cached.Grants;
        }
        var now = clock.GetUtcNow();
        var assignments = (await db.Set<RoleAssignmentReplica>().AsNoTracking()
                .Where(a => a.TenantId == caller.TenantId && a.UserId == caller.UserId)
                .ToListAsync(cancellationToken))
            .Where(a => a.IsValidAt(now))
            .ToList();
        var unitIds = assignments.Select(a => a.UnitId).Distinct().ToList();
        var openUnits = await db.Set<UnitReplica>().AsNoTracking()
            .Where(u => u.TenantId == caller.TenantId && unitIds.Contains(u.Id) && u.ClosedAt == null)
            .ToDictionaryAsync(u => u.Id, u => u.Path, cancellationToken);
        List<Grant> grants = [.. assignments
            .Where(a => openUnits.ContainsKey(a.UnitId))
            .Select(a => new Grant(a.Role, openUnits[a.UnitId]))];
        loaded = (caller, grants);
        return grants;
    }

    private readonly record struct Grant(Role Role, string UnitPath);
}
