using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// The replica as access checks read it, kept between calls: a tenant's status and units, and each user's role
/// assignments. <see cref="AccessModelWriter{TContext}"/> invalidates the tenant when a change to it commits, so a
/// revoked role or a closed unit stops counting with the event that says so; <see cref="AccessOptions.CacheMaxAge"/>
/// bounds how long a replica of the service that did not apply the event goes on answering from what it read.
/// </summary>
internal sealed class AccessModelCache(TimeProvider clock, IOptions<AccessOptions> options)
{
    private readonly TenantCache<TenantAccess> tenants = new(clock, options.Value.CacheMaxAge);
    private readonly TenantCache<IReadOnlyList<Assignment>> assignments = new(clock, options.Value.CacheMaxAge);

    public ValueTask<TenantAccess> TenantAsync(PlatformDbContext db, string tenantId, CancellationToken cancellationToken) =>
        tenants.GetAsync(tenantId, "", async ct =>
        {
            var suspended = await db.Set<TenantReplica>().AsNoTracking()
                .Where(t => t.TenantId == tenantId)
                .Select(t => (bool?)t.Suspended)
                .FirstOrDefaultAsync(ct);
            var units = await db.Set<UnitReplica>().AsNoTracking()
                .Where(u => u.TenantId == tenantId)
                .Select(u => new TenantUnit(u.Id, u.ParentId, u.Path, u.ClosedAt == null))
                .ToDictionaryAsync(u => u.Id, StringComparer.Ordinal, ct);
            return new TenantAccess(suspended, units);
        }, cancellationToken);

    public ValueTask<IReadOnlyList<Assignment>> AssignmentsAsync(PlatformDbContext db, string tenantId, string userId, CancellationToken cancellationToken) =>
        assignments.GetAsync(tenantId, userId, async ct => await db.Set<RoleAssignmentReplica>().AsNoTracking()
            .Where(a => a.TenantId == tenantId && a.UserId == userId)
            .Select(a => new Assignment(a.Role, a.UnitId, a.ValidFrom, a.ValidTo))
            .ToListAsync(ct), cancellationToken);

    public void Invalidate(string tenantId)
    {
        tenants.Invalidate(tenantId);
        assignments.Invalidate(tenantId);
    }
}

/// <summary>A tenant's status (null: not known to the platform) and its units by id.</summary>
internal sealed record TenantAccess(bool? Suspended, IReadOnlyDictionary<string, TenantUnit> Units);

internal sealed record TenantUnit(string Id, string? ParentId, string Path, bool Open);

internal sealed record Assignment(Role Role, string UnitId, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo)
{
    public bool IsValidAt(DateTimeOffset instant) => ValidFrom <= instant && (ValidTo is null || instant < ValidTo);
}
