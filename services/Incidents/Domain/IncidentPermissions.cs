using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Incidents.Domain;

/// <summary>What the Incidents service lets callers do in a unit's subtree, and which roles grant it (docs/incidents.md).</summary>
public static class IncidentPermissions
{
    /// <summary>Reporting: every staff role on the unit or above it. The nämnd and the administrators do not report.</summary>
    public static readonly Permission Report = new(
        "incidents.report",
        Role.Employee, Role.LicensedProfessional, Role.UnitManager, Role.AreaManager, Role.HealthCareManager,
        Role.Mas, Role.Mar, Role.QualityDeveloper, Role.AdministrationHead);

    /// <summary>Reading, triaging and handling every incident of the subtree except lex Sarah cases: the managers.</summary>
    public static readonly Permission Handle = new(
        "incidents.handle",
        Role.UnitManager, Role.AreaManager, Role.QualityDeveloper, Role.AdministrationHead);

    /// <summary>Reading, triaging and handling hälso- och sjukvård (HSL) incidents: MAS, MAR and verksamhetschef HSL.</summary>
    public static readonly Permission HandleHealthCare = new(
        "incidents.handle-health-care", Role.Mas, Role.Mar, Role.HealthCareManager);

    /// <summary>Lex Sarah cases, and the decision whether a missförhållande is allvarligt.</summary>
    public static readonly Permission HandleLexSarah = new(
        "incidents.handle-lex-sarah", Role.UnitManager, Role.AreaManager, Role.QualityDeveloper, Role.AdministrationHead);

    /// <summary>The lex Maria decision: the person the vårdgivare designated, MAS.</summary>
    public static readonly Permission DecideLexMaria = new("incidents.decide-lex-maria", Role.Mas);

    /// <summary>Counts without personal data, and the notices of contracted providers: the nämnd and the management.</summary>
    public static readonly Permission ReadStatistics = new(
        "incidents.statistics", Role.Committee, Role.AdministrationHead, Role.QualityDeveloper, Role.Mas, Role.TenantAdmin);

    /// <summary>The tenant's service levels, held tenant-wide.</summary>
    public static readonly Permission ConfigureServiceLevels = new(
        "incidents.service-levels", Role.TenantAdmin, Role.AdministrationHead, Role.Mas);

    /// <summary>Who handles an incident of the kind: lex Sarah handlers their cases; MAS and the HSL roles beside the managers untriaged reports and HSL incidents.</summary>
    public static IReadOnlyList<Permission> HandlersOf(IncidentKind? kind) => kind switch
    {
        IncidentKind.LexSarah => [HandleLexSarah],
        null or IncidentKind.HealthCare => [Handle, HandleHealthCare],
        _ => [Handle],
    };

    /// <summary>What triaging into the kind takes beyond handling the incident: MAS and the other HSL roles triage into HSL only; lex Sarah needs a lex Sarah handler.</summary>
    public static Permission? ToTriageAs(IncidentKind kind) => kind switch
    {
        IncidentKind.LexSarah => HandleLexSarah,
        IncidentKind.HealthCare => null,
        _ => Handle,
    };

    /// <summary>Who decides and sends the notification of the track: lex Sarah a lex Sarah handler; lex Maria MAS; personuppgiftsincident a manager of the unit.</summary>
    public static Permission NotifierOf(Track track) => track switch
    {
        Track.LexSarah => HandleLexSarah,
        Track.LexMaria => DecideLexMaria,
        _ => Handle,
    };
}
