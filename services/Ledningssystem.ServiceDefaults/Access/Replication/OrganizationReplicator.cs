using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.ServiceDefaults.Access.Replica;
using ProtoRole = Ledningssystem.Contracts.Common.V1.Role;

namespace Ledningssystem.ServiceDefaults.Access.Replication;

/// <summary>
/// Applies an Organizations service event to this service's access replica through <see cref="IAccessModelWriter"/>.
/// Every service runs it from its event handlers; the Organizations service runs it for the events it publishes, in
/// the transaction that publishes them. Idempotent, like the writer. Contract events do not concern access.
/// </summary>
public sealed class OrganizationReplicator(IAccessModelWriter writer)
{
    /// <summary>The tenant an Organizations event belongs to: its <c>tenant_id</c> field.</summary>
    public static string TenantOf(IMessage organizationEvent)
    {
        ArgumentNullException.ThrowIfNull(organizationEvent);
        return organizationEvent.Descriptor.FindFieldByName("tenant_id")?.Accessor.GetValue(organizationEvent) as string
            ?? throw new ArgumentException($"{organizationEvent.Descriptor.FullName} has no tenant_id.", nameof(organizationEvent));
    }

    /// <summary>
    /// Applies <paramref name="organizationEvent"/>. Throws <see cref="ArgumentException"/> for an event that can never
    /// apply (an unusable id, an unknown role) and <see cref="AccessModelException"/> for one that cannot apply yet.
    /// </summary>
    public Task ApplyAsync(IMessage organizationEvent, CancellationToken cancellationToken = default) => organizationEvent switch
    {
        TenantRegistered e => writer.UpsertTenantAsync(e.TenantId, e.Name, suspended: false, cancellationToken),
        TenantSuspended e => writer.SetTenantSuspendedAsync(e.TenantId, suspended: true, cancellationToken),
        TenantReactivated e => writer.SetTenantSuspendedAsync(e.TenantId, suspended: false, cancellationToken),
        UnitCreated e => writer.UpsertUnitAsync(e.TenantId, e.UnitId, e.Name, ParentOf(e.ParentUnitId), cancellationToken),
        UnitRenamed e => writer.UpsertUnitAsync(e.TenantId, e.UnitId, e.Name, ParentOf(e.ParentUnitId), cancellationToken),
        UnitMoved e => writer.MoveUnitAsync(e.TenantId, e.UnitId, ParentOf(e.ParentUnitId), cancellationToken),
        UnitClosed e => writer.CloseUnitAsync(e.TenantId, e.UnitId, InstantOf(e.ClosedAt, nameof(e.ClosedAt)), cancellationToken),
        RoleAssigned e => writer.AssignRoleAsync(AssignmentOf(e), cancellationToken),
        RoleRevoked e => writer.RevokeRoleAsync(e.TenantId, e.AssignmentId, cancellationToken),
        ContractLinked or ContractEnded => Task.CompletedTask,
        null => throw new ArgumentNullException(nameof(organizationEvent)),
        _ => throw new ArgumentException($"{organizationEvent.Descriptor.FullName} is no Organizations event.", nameof(organizationEvent)),
    };

    private static string? ParentOf(string parentUnitId) => parentUnitId.Length == 0 ? null : parentUnitId;

    private static DateTimeOffset InstantOf(Timestamp? timestamp, string field) =>
        timestamp?.ToDateTimeOffset() ?? throw new ArgumentException($"The event has no {field}.", field);

    private static RoleAssignment AssignmentOf(RoleAssigned e) => new(
        e.TenantId,
        e.AssignmentId,
        e.UserId,
        RoleOf(e.Role),
        e.UnitId,
        InstantOf(e.ValidFrom, nameof(e.ValidFrom)),
        e.ValidTo?.ToDateTimeOffset());

    private static Role RoleOf(ProtoRole role) =>
        role != ProtoRole.Unspecified && System.Enum.IsDefined((Role)(int)role)
            ? (Role)(int)role
            : throw new ArgumentException($"Role {role} is not a domain role.", nameof(role));
}
