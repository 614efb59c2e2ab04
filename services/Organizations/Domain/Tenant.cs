using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Organizations.Domain;

/// <summary>
/// A huvudman: registered by the region with its top unit, active or suspended. The row belongs to the tenant itself.
/// Its <see cref="Revision"/> grows with every change of the tenant's organisation, so that two changes made at the
/// same time cannot both commit: that keeps the unit tree consistent and the tenant's events in order.
/// </summary>
public sealed class Tenant : ITenantOwned
{
    private Tenant()
    {
    }

    /// <summary>The tenant's id, its Keycloak organization alias.</summary>
    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public TenantKind Kind { get; private set; }

    public OrganisationNumber OrganisationNumber { get; private set; } = null!;

    public string Name { get; private set; } = "";

    public Contact Contact { get; private set; } = null!;

    public string RootUnitId { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public DateTimeOffset? SuspendedAt { get; private set; }

    public string? SuspensionReason { get; private set; }

    public long Revision { get; private set; }

    public bool IsSuspended => SuspendedAt is not null;

    /// <summary>Registers a huvudman; its top unit is <see cref="Unit.CreateRoot"/>'s with <paramref name="rootUnitId"/>.</summary>
    public static Tenant Register(string tenantId, TenantKind kind, OrganisationNumber organisationNumber, string name, Contact contact, string rootUnitId, DateTimeOffset now) => new()
    {
        TenantId = tenantId,
        Kind = kind,
        OrganisationNumber = organisationNumber,
        Name = name,
        Contact = contact,
        RootUnitId = rootUnitId,
        RegisteredAt = now,
    };

    /// <summary>Whether a repeated registration asks for this same tenant.</summary>
    public bool IsRegisteredAs(TenantKind kind, OrganisationNumber organisationNumber, string rootUnitId) =>
        Kind == kind && OrganisationNumber == organisationNumber && RootUnitId == rootUnitId;

    /// <summary>Suspends the tenant; false if it already was. The region's own tenant, its admins' home, never is.</summary>
    public bool Suspend(string reason, DateTimeOffset now)
    {
        if (Kind == TenantKind.Region)
        {
            throw new OrganizationRuleException("REGION_NOT_SUSPENDABLE", "Regionens egen organisation kan inte stängas av.");
        }
        if (IsSuspended)
        {
            return false;
        }
        SuspendedAt = now;
        SuspensionReason = reason;
        return true;
    }

    /// <summary>Lifts the suspension; false if the tenant was active.</summary>
    public bool Reactivate()
    {
        if (!IsSuspended)
        {
            return false;
        }
        SuspendedAt = null;
        SuspensionReason = null;
        return true;
    }

    /// <summary>Marks a change of the tenant's organisation (see the class summary).</summary>
    public void Revise() => Revision++;

    /// <summary>Refuses what would link a suspended tenant to others.</summary>
    public void EnsureActive()
    {
        if (IsSuspended)
        {
            throw new OrganizationRuleException("TENANT_SUSPENDED", $"{Name} är avstängd.");
        }
    }
}
