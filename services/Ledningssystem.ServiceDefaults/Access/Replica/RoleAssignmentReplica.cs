using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.ServiceDefaults.Access.Replica;

/// <summary>A person's role on a unit (and its subtree), valid from <see cref="ValidFrom"/> until, not including, <see cref="ValidTo"/>.</summary>
internal sealed class RoleAssignmentReplica : ITenantOwned
{
    public string TenantId { get; set; } = "";

    /// <summary>The assignment's id in the Organizations service.</summary>
    public string Id { get; set; } = "";

    /// <summary>The person's subject (<c>sub</c> in their tokens).</summary>
    public string UserId { get; set; } = "";

    public Role Role { get; set; }

    public string UnitId { get; set; } = "";

    public DateTimeOffset ValidFrom { get; set; }

    public DateTimeOffset? ValidTo { get; set; }

    public bool IsValidAt(DateTimeOffset instant) => ValidFrom <= instant && (ValidTo is null || instant < ValidTo);
}
