using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Organizations.Domain;

/// <summary>What the Organizations service lets callers do in their own tenant, and which roles grant it.</summary>
public static class OrganizationPermissions
{
    /// <summary>Seeing units: everyone with a role, on the unit they hold it on and below.</summary>
    public static readonly Permission ReadUnits = new("organizations.units.read", Enum.GetValues<Role>());

    /// <summary>Seeing who holds which role: the tenant admin and the managers, for their subtree.</summary>
    public static readonly Permission ReadAssignments = new(
        "organizations.assignments.read",
        Role.TenantAdmin, Role.AdministrationHead, Role.AreaManager, Role.UnitManager, Role.HealthCareManager);

    /// <summary>Changing units, assignments and the tenant's contracts: the tenant admin, held tenant-wide.</summary>
    public static readonly Permission Manage = new("organizations.manage", Role.TenantAdmin);
}
