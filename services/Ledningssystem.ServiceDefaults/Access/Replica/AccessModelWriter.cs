using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.ServiceDefaults.Access.Replica;

internal sealed class AccessModelWriter<TContext>(TContext db, AccessModelCache cache) : IAccessModelWriter
    where TContext : PlatformDbContext
{
    public Task UpsertTenantAsync(string tenantId, string name, bool suspended, CancellationToken cancellationToken = default) =>
        InTenantAsync(tenantId, async () =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            var tenant = await db.Set<TenantReplica>().FirstOrDefaultAsync(t => t.TenantId == tenantId, cancellationToken);
            if (tenant is null)
            {
                tenant = new TenantReplica { TenantId = tenantId };
                db.Add(tenant);
            }
            tenant.Name = name;
            tenant.Suspended = suspended;
        }, cancellationToken);

    public Task SetTenantSuspendedAsync(string tenantId, bool suspended, CancellationToken cancellationToken = default) =>
        InTenantAsync(tenantId, async () =>
        {
            var tenant = await db.Set<TenantReplica>().FirstOrDefaultAsync(t => t.TenantId == tenantId, cancellationToken)
                ?? throw new AccessModelException($"Tenant {tenantId} is not known.");
            tenant.Suspended = suspended;
        }, cancellationToken);

    public Task UpsertUnitAsync(string tenantId, string unitId, string name, string? parentUnitId, CancellationToken cancellationToken = default) =>
        InTenantAsync(tenantId, async () =>
        {
            RequireId(unitId, nameof(unitId));
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            var unit = await FindUnitAsync(tenantId, unitId, cancellationToken);
            if (unit is null)
            {
                var parentPath = parentUnitId is null ? null : (await RequireUnitAsync(tenantId, parentUnitId, cancellationToken)).Path;
                db.Add(new UnitReplica { TenantId = tenantId, Id = unitId, Name = name, ParentId = parentUnitId, Path = UnitReplica.PathOf(parentPath, unitId) });
                return;
            }
            unit.Name = name;
            if (unit.ParentId != parentUnitId)
            {
                await MoveAsync(unit, parentUnitId, cancellationToken);
            }
        }, cancellationToken);

    public Task MoveUnitAsync(string tenantId, string unitId, string? newParentUnitId, CancellationToken cancellationToken = default) =>
        InTenantAsync(tenantId, async () => await MoveAsync(await RequireUnitAsync(tenantId, unitId, cancellationToken), newParentUnitId, cancellationToken),
            cancellationToken);

    public Task CloseUnitAsync(string tenantId, string unitId, DateTimeOffset closedAt, CancellationToken cancellationToken = default) =>
        InTenantAsync(tenantId, async () =>
        {
            var unit = await RequireUnitAsync(tenantId, unitId, cancellationToken);
            unit.ClosedAt ??= closedAt.ToUniversalTime();
        }, cancellationToken);

    public Task AssignRoleAsync(RoleAssignment assignment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return InTenantAsync(assignment.TenantId, async () =>
        {
            RequireId(assignment.AssignmentId, nameof(assignment.AssignmentId));
            RequireId(assignment.UnitId, nameof(assignment.UnitId));
            ArgumentException.ThrowIfNullOrWhiteSpace(assignment.UserId);
            if (assignment.ValidTo <= assignment.ValidFrom)
            {
                throw new ArgumentException($"Assignment {assignment.AssignmentId} ends before it starts.", nameof(assignment));
            }
            var row = await db.Set<RoleAssignmentReplica>()
                .FirstOrDefaultAsync(a => a.TenantId == assignment.TenantId && a.Id == assignment.AssignmentId, cancellationToken);
            if (row is null)
            {
                row = new RoleAssignmentReplica { TenantId = assignment.TenantId, Id = assignment.AssignmentId };
                db.Add(row);
            }
            row.UserId = assignment.UserId;
            row.Role = assignment.Role;
            row.UnitId = assignment.UnitId;
            row.ValidFrom = assignment.ValidFrom.ToUniversalTime();
            row.ValidTo = assignment.ValidTo?.ToUniversalTime();
        }, cancellationToken);
    }

    public Task RevokeRoleAsync(string tenantId, string assignmentId, CancellationToken cancellationToken = default) =>
        InTenantAsync(tenantId, async () =>
        {
            var row = await db.Set<RoleAssignmentReplica>().FirstOrDefaultAsync(a => a.TenantId == tenantId && a.Id == assignmentId, cancellationToken);
            if (row is not null)
            {
                db.Remove(row);
            }
        }, cancellationToken);

    private async Task InTenantAsync(string tenantId, Func<Task> change, CancellationToken cancellationToken)
    {
        RequireId(tenantId, nameof(tenantId));
        using (TenantContext.Use(tenantId))
        {
            await change();
            await db.SaveChangesAsync(cancellationToken);
            db.AfterCommit(() => cache.Invalidate(tenantId));
        }
    }

    private async Task MoveAsync(UnitReplica unit, string? newParentId, CancellationToken cancellationToken)
    {
        var parentPath = newParentId is null ? null : (await RequireUnitAsync(unit.TenantId, newParentId, cancellationToken)).Path;
        if (parentPath is not null && UnitReplica.Covers(unit.Path, parentPath))
        {
            throw new AccessModelException($"Unit {unit.Id} cannot move into its own subtree ({newParentId}).");
        }
        var oldPath = unit.Path;
        var newPath = UnitReplica.PathOf(parentPath, unit.Id);
        var subtree = await db.Set<UnitReplica>()
            .Where(u => u.TenantId == unit.TenantId && u.Path.StartsWith(oldPath))
            .ToListAsync(cancellationToken);
        foreach (var member in subtree)
        {
            member.Path = newPath + member.Path[oldPath.Length..];
        }
        unit.ParentId = newParentId;
    }

    private Task<UnitReplica?> FindUnitAsync(string tenantId, string unitId, CancellationToken cancellationToken) =>
        db.Set<UnitReplica>().FirstOrDefaultAsync(u => u.TenantId == tenantId && u.Id == unitId, cancellationToken);

    private async Task<UnitReplica> RequireUnitAsync(string tenantId, string unitId, CancellationToken cancellationToken) =>
        await FindUnitAsync(tenantId, unitId, cancellationToken) ?? throw new AccessModelException($"Unit {unitId} of tenant {tenantId} is not known.");

    private static void RequireId(string id, string parameter)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > AccessModel.IdLength || id.Contains(UnitReplica.Separator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{id}' is not a usable id (1 to {AccessModel.IdLength} characters, no '{UnitReplica.Separator}').", parameter);
        }
    }
}
