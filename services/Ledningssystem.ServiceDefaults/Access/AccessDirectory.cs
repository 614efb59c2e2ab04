using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// Questions about other people and tenants, answered from the service's replica (ADR 0006): who holds a role in a
/// unit's subtree (target groups, e.g. for read acknowledgement) and which tenants the platform knows (sharing).
/// The current tenant's own units are in <see cref="IOrganizationDirectory"/>.
/// </summary>
public interface IAccessDirectory
{
    /// <summary>The users of the current tenant holding <paramref name="role"/> today on <paramref name="unitId"/> or a unit below it.</summary>
    Task<IReadOnlyList<string>> RoleHoldersAsync(Role role, string unitId, CancellationToken cancellationToken = default);

    /// <summary>The ids of every tenant the platform has registered (any tenant's, not only the current one).</summary>
    Task<IReadOnlyList<string>> TenantIdsAsync(CancellationToken cancellationToken = default);
}

public static class AccessDirectoryRegistration
{
    public static IServiceCollection AddAccessDirectory<TContext>(this IServiceCollection services)
        where TContext : PlatformDbContext
    {
        services.TryAddScoped<IAccessDirectory, AccessDirectory<TContext>>();
        return services;
    }
}

internal sealed class AccessDirectory<TContext>(TContext db, ITenantContext tenant, TimeProvider clock) : IAccessDirectory
    where TContext : PlatformDbContext
{
    public async Task<IReadOnlyList<string>> RoleHoldersAsync(Role role, string unitId, CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId ?? throw new TenantIsolationException("No tenant applies; role holders cannot be listed.");
        var path = await db.Set<UnitReplica>().AsNoTracking()
            .Where(u => u.TenantId == tenantId && u.Id == unitId)
            .Select(u => u.Path)
            .FirstOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return [];
        }
        var units = db.Set<UnitReplica>().Where(u => u.TenantId == tenantId && u.ClosedAt == null && u.Path.StartsWith(path)).Select(u => u.Id);
        var now = clock.GetUtcNow();
        var assignments = await db.Set<RoleAssignmentReplica>().AsNoTracking()
            .Where(a => a.TenantId == tenantId && a.Role == role && units.Contains(a.UnitId))
            .ToListAsync(cancellationToken);
        return [.. assignments.Where(a => a.IsValidAt(now)).Select(a => a.UserId).Distinct().Order(StringComparer.Ordinal)];
    }

    // The tenant list is platform-wide by nature: the one read of the replica across tenants, and only of the ids.
    public async Task<IReadOnlyList<string>> TenantIdsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<TenantReplica>().IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Select(t => t.TenantId)
            .OrderBy(t => t)
            .ToListAsync(cancellationToken);
}
