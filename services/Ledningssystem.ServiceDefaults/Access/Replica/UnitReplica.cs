using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.ServiceDefaults.Access.Replica;

/// <summary>
/// A unit of a tenant's organisation tree. <see cref="Path"/> lists the ids from the root down to the unit,
/// as <c>/root/area/unit/</c>, so "is X in the subtree of U" is "does X's path start with U's path".
/// </summary>
internal sealed class UnitReplica : ITenantOwned
{
    public const char Separator = '/';

    public string TenantId { get; set; } = "";

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? ParentId { get; set; }

    public string Path { get; set; } = "";

    /// <summary>When the unit was closed; its history stays visible from above, but roles held on it no longer count.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public static string PathOf(string? parentPath, string unitId) => (parentPath ?? Separator.ToString()) + unitId + Separator;

    public static bool Covers(string subtreePath, string unitPath) => unitPath.StartsWith(subtreePath, StringComparison.Ordinal);
}
