using System.Diagnostics.CodeAnalysis;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// Something a service lets callers do, and the roles that grant it. Each service declares its own, once:
/// <code>
/// public static class IncidentPermissions
/// {
///     public static readonly Permission Investigate = new("incidents.investigate", Role.UnitManager, Role.AreaManager);
/// }
/// </code>
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "The domain's word; .NET Core has no code-access-security permissions to confuse it with.")]
public sealed class Permission
{
    public Permission(string name, params Role[] grantedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(grantedBy);
        if (grantedBy.Length == 0)
        {
            throw new ArgumentException($"Permission {name} must be granted by at least one role.", nameof(grantedBy));
        }
        Name = name;
        GrantedBy = grantedBy.ToHashSet();
    }

    public string Name { get; }

    public IReadOnlySet<Role> GrantedBy { get; }

    public override string ToString() => Name;
}
