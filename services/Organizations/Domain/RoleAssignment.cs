using System.Linq.Expressions;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Organizations.Domain;

/// <summary>
/// A person's role on a unit and everything below it, from <see cref="ValidFrom"/> until, not including,
/// <see cref="ValidTo"/> (null: until revoked). A revoked assignment stays as history.
/// </summary>
public sealed class RoleAssignment : ITenantOwned
{
    private RoleAssignment()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string Id { get; private set; } = "";

    /// <summary>The person's subject (<c>sub</c>) in the region's Keycloak realm.</summary>
    public string UserId { get; private set; } = "";

    public Role Role { get; private set; }

    public string UnitId { get; private set; } = "";

    public DateTimeOffset ValidFrom { get; private set; }

    public DateTimeOffset? ValidTo { get; private set; }

    public DateTimeOffset AssignedAt { get; private set; }

    public string AssignedBy { get; private set; } = "";

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>
    /// Assigns <paramref name="role"/> on an open <paramref name="unit"/> of <paramref name="tenant"/>. The tenant admin
    /// role is held on the top unit (tenant-wide); the region admin role exists only in the region's own tenant.
    /// </summary>
    public static RoleAssignment Assign(
        string id, string userId, Role role, Unit unit, Tenant tenant, DateTimeOffset validFrom, DateTimeOffset? validTo, string assignedBy, DateTimeOffset now)
    {
        unit.EnsureOpen("UNIT_CLOSED", $"{unit.Name} är stängd; roller kan inte tilldelas där.");
        if (role == Role.TenantAdmin && !unit.IsRoot)
        {
            throw new OrganizationRuleException("TENANT_ADMIN_ON_TOP_UNIT", "Rollen tenant admin tilldelas på organisationens översta enhet.");
        }
        if (role == Role.RegionAdmin && tenant.Kind != TenantKind.Region)
        {
            throw new OrganizationRuleException("REGION_ADMIN_OUTSIDE_REGION", "Rollen regionadministratör finns bara i regionens egen organisation.");
        }
        if (validTo <= validFrom)
        {
            throw new ArgumentException("An assignment must end after it starts.", nameof(validTo));
        }
        return new RoleAssignment
        {
            TenantId = tenant.TenantId,
            Id = id,
            UserId = userId,
            Role = role,
            UnitId = unit.Id,
            ValidFrom = validFrom,
            ValidTo = validTo,
            AssignedAt = now,
            AssignedBy = assignedBy,
        };
    }

    /// <summary>Whether a repeated assignment asks for this same one; <paramref name="validFrom"/> null means "now", which any start matches.</summary>
    public bool IsAssignedAs(string userId, Role role, string unitId, DateTimeOffset? validFrom, DateTimeOffset? validTo) =>
        UserId == userId && Role == role && UnitId == unitId && (validFrom is null || validFrom == ValidFrom) && ValidTo == validTo;

    /// <summary>Whether the role holds at <paramref name="instant"/> (its unit being open is the caller's question).</summary>
    public bool IsActiveAt(DateTimeOffset instant) => !IsRevoked && ValidFrom <= instant && (ValidTo is null || instant < ValidTo);

    /// <summary><see cref="IsActiveAt"/> as a filter the database runs.</summary>
    public static Expression<Func<RoleAssignment, bool>> ActiveAt(DateTimeOffset instant) =>
        a => a.RevokedAt == null && a.ValidFrom <= instant && (a.ValidTo == null || a.ValidTo > instant);

    /// <summary>Ends the assignment at once; false if it already was revoked.</summary>
    public bool Revoke(string revokedBy, DateTimeOffset now)
    {
        if (IsRevoked)
        {
            return false;
        }
        RevokedAt = now;
        RevokedBy = revokedBy;
        return true;
    }
}
