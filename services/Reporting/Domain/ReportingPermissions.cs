using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Reporting.Domain;

/// <summary>What the Reporting service lets callers do, and which roles grant it (docs/reporting.md). Every figure is a count without personal data.</summary>
public static class ReportingPermissions
{
    /// <summary>Statistics and compilations of the subtree: the nämnd and the management, as Incidents' statistics.</summary>
    public static readonly Permission ReadStatistics = new(
        "reporting.statistics", Role.Committee, Role.AdministrationHead, Role.QualityDeveloper, Role.Mas, Role.TenantAdmin);

    /// <summary>The tenant's reporting settings and rebuilding its read model, held tenant-wide.</summary>
    public static readonly Permission Configure = new(
        "reporting.configure", Role.TenantAdmin, Role.AdministrationHead, Role.QualityDeveloper);

    /// <summary>
    /// The kvalitetsråd of the unit (or of an avdelning above it): its balanslista, underlag and protocols. The unit's
    /// chefs, kvalitetsutvecklare and MAS; not the nämnd, since the balanslista and the protocols name staff.
    /// </summary>
    public static readonly Permission QualityCouncil = new(
        "reporting.quality-council", Role.UnitManager, Role.AreaManager, Role.HealthCareManager, Role.AdministrationHead, Role.QualityDeveloper, Role.Mas);
}
