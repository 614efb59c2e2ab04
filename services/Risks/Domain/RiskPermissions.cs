using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Risks.Domain;

/// <summary>What the Risks service lets callers do in a unit's subtree, and which roles grant it (docs/risks.md).</summary>
public static class RiskPermissions
{
    /// <summary>Working on riskanalyser and the register: the unit's chefs and the kvalitetsutvecklare.</summary>
    public static readonly Permission Work = new(
        "risks.work", Role.UnitManager, Role.AreaManager, Role.HealthCareManager, Role.AdministrationHead, Role.QualityDeveloper);

    /// <summary>The matrix view and the RoV, which carry no personal data: those who work on risks, and the nämnd.</summary>
    public static readonly Permission Overview = new(
        "risks.overview",
        Role.UnitManager, Role.AreaManager, Role.HealthCareManager, Role.AdministrationHead, Role.QualityDeveloper, Role.Committee);

    /// <summary>Preparing and adopting the risk- och väsentlighetsanalys: förvaltningschef and kvalitetsutvecklare.</summary>
    public static readonly Permission PrepareRov = new("risks.rov", Role.AdministrationHead, Role.QualityDeveloper);

    /// <summary>The tenant's risk matrix, held tenant-wide.</summary>
    public static readonly Permission Configure = new(
        "risks.configure", Role.TenantAdmin, Role.AdministrationHead, Role.QualityDeveloper);
}
