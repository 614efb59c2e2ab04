using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.SelfInspection.Domain;

/// <summary>Who may do what with the egenkontroll; each holds for the unit's subtree (docs/selfinspection.md).</summary>
public static class SelfInspectionPermissions
{
    /// <summary>Plans and the årshjul, without personal data: the chefs, kvalitetsutvecklare, the HSL roles and the nämnd.</summary>
    public static readonly Permission View = new(
        "selfinspection.view",
        Role.UnitManager, Role.AreaManager, Role.QualityDeveloper, Role.AdministrationHead, Role.HealthCareManager, Role.Mas, Role.Mar, Role.Committee);

    /// <summary>Drafting plans: adding activities, revising, copying to next year.</summary>
    public static readonly Permission Plan = new(
        "selfinspection.plan",
        Role.UnitManager, Role.AreaManager, Role.QualityDeveloper, Role.AdministrationHead, Role.HealthCareManager, Role.Mas);

    /// <summary>Fastställa a plan: förvaltningschef and verksamhetschef HSL.</summary>
    public static readonly Permission Approve = new("selfinspection.approve", Role.AdministrationHead, Role.HealthCareManager);

    /// <summary>Carrying out, reading answers and handling findings: the unit's chefs and kvalitetsutvecklare.</summary>
    public static readonly Permission CarryOut = new(
        "selfinspection.carry-out", Role.UnitManager, Role.AreaManager, Role.QualityDeveloper, Role.AdministrationHead);

    /// <summary>For an HSL activity also MAS, MAR and verksamhetschef HSL.</summary>
    public static readonly Permission CarryOutHealthCare = new(
        "selfinspection.carry-out-health-care", Role.Mas, Role.Mar, Role.HealthCareManager);

    /// <summary>The tenant's checklist templates, held tenant-wide.</summary>
    public static readonly Permission Templates = new(
        "selfinspection.templates", Role.TenantAdmin, Role.AdministrationHead, Role.QualityDeveloper, Role.HealthCareManager, Role.Mas);

    public static IReadOnlyList<Permission> CarriersOf(bool healthCare) => healthCare ? [CarryOut, CarryOutHealthCare] : [CarryOut];
}
