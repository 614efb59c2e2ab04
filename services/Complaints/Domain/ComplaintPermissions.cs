using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Complaints.Domain;

/// <summary>What the Complaints service lets callers do in a unit's subtree, and which roles grant it (docs/complaints.md). The nämnd sees no single complaint.</summary>
public static class ComplaintPermissions
{
    /// <summary>Registering what reached them: every staff role on the unit or above it.</summary>
    public static readonly Permission Register = new(
        "complaints.register",
        Role.Employee, Role.LicensedProfessional, Role.UnitManager, Role.AreaManager, Role.HealthCareManager,
        Role.Mas, Role.Mar, Role.QualityDeveloper, Role.AdministrationHead);

    /// <summary>Reading and handling every complaint of the subtree: the managers.</summary>
    public static readonly Permission Handle = new(
        "complaints.handle", Role.UnitManager, Role.AreaManager, Role.QualityDeveloper, Role.AdministrationHead);

    /// <summary>Reading and handling the complaints that concern hälso- och sjukvård: MAS, MAR and verksamhetschef HSL.</summary>
    public static readonly Permission HandleHealthCare = new(
        "complaints.handle-health-care", Role.Mas, Role.Mar, Role.HealthCareManager);

    /// <summary>Counts without personal data: the managers, MAS, the tenant admin and the nämnd.</summary>
    public static readonly Permission ReadStatistics = new(
        "complaints.statistics",
        Role.UnitManager, Role.AreaManager, Role.QualityDeveloper, Role.AdministrationHead, Role.Mas, Role.TenantAdmin, Role.Committee);

    /// <summary>The tenant's service levels and categories, held tenant-wide.</summary>
    public static readonly Permission Configure = new(
        "complaints.configure", Role.TenantAdmin, Role.AdministrationHead, Role.QualityDeveloper);

    /// <summary>Who handles a complaint: the managers, and for one that concerns hälso- och sjukvård the HSL roles too.</summary>
    public static IReadOnlyList<Permission> HandlersOf(bool healthCare) => healthCare ? [Handle, HandleHealthCare] : [Handle];
}
