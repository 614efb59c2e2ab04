namespace Ledningssystem.ServiceDefaults.Access.Replica;

/// <summary>
/// Applies the Organizations service's events to this service's replica of tenants, units and role assignments
/// (ADR 0006). Every method is idempotent, acts as the system for the given tenant and saves at once, joining
/// the caller's database transaction if one is open (so an inbox record can commit together with the change).
/// Invalid ids throw <see cref="ArgumentException"/>; a change the replica cannot apply in its current state
/// throws <see cref="AccessModelException"/>.
/// </summary>
public interface IAccessModelWriter
{
    Task UpsertTenantAsync(string tenantId, string name, bool suspended, CancellationToken cancellationToken = default);

    /// <summary>Suspends or reinstates a known tenant.</summary>
    Task SetTenantSuspendedAsync(string tenantId, bool suspended, CancellationToken cancellationToken = default);

    /// <summary>Creates or renames a unit; a changed parent moves it with its subtree. The parent must be known.</summary>
    Task UpsertUnitAsync(string tenantId, string unitId, string name, string? parentUnitId, CancellationToken cancellationToken = default);

    /// <summary>Moves a unit with its whole subtree under another parent (null: to the root).</summary>
    Task MoveUnitAsync(string tenantId, string unitId, string? newParentUnitId, CancellationToken cancellationToken = default);

    /// <summary>Closes a unit: roles held on it stop counting; its data stays in the tree for those above.</summary>
    Task CloseUnitAsync(string tenantId, string unitId, DateTimeOffset closedAt, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates an assignment (e.g. its validity dates).</summary>
    Task AssignRoleAsync(RoleAssignment assignment, CancellationToken cancellationToken = default);

    /// <summary>Ends an assignment at once, whatever its dates said.</summary>
    Task RevokeRoleAsync(string tenantId, string assignmentId, CancellationToken cancellationToken = default);
}

/// <summary>A role assignment as the Organizations service publishes it; <paramref name="ValidTo"/> is exclusive, null for open-ended.</summary>
public sealed record RoleAssignment(
    string TenantId, string AssignmentId, string UserId, Role Role, string UnitId, DateTimeOffset ValidFrom, DateTimeOffset? ValidTo);

/// <summary>The replica cannot apply a change in its current state (an unknown unit, a move into the unit's own subtree).</summary>
public sealed class AccessModelException(string message) : InvalidOperationException(message);
