namespace Ledningssystem.Incidents.Domain;

// The numbers equal the contract's enums (incidents/v1/incidents.proto), so conversions are casts.

public enum IncidentState
{
    Reported = 1,
    Triaged,
    Investigating,
    ActionsDecided,
    FollowUp,
    Closed,
}

public enum IncidentKind
{
    /// <summary>Avvikelse in hälso- och sjukvård (HSL).</summary>
    HealthCare = 1,

    /// <summary>Fel och brist, SoL or LSS.</summary>
    SocialCare,

    /// <summary>Lex Sarah: missförhållande or påtaglig risk för missförhållande.</summary>
    LexSarah,

    /// <summary>Samverkansavvikelse.</summary>
    Cooperation,

    /// <summary>Personuppgiftsincident.</summary>
    PersonalDataBreach,
}

public enum IncidentSubtype
{
    Fall = 1,
    Medication,
    MedicalDevice,
    CareInjury,
    CareInjuryRisk,
    Impropriety,
    RiskOfImpropriety,
}

/// <summary>Consequence scale: mindre, måttlig, betydande, katastrofal.</summary>
public enum Severity
{
    Minor = 1,
    Moderate,
    Significant,
    Catastrophic,
}

/// <summary>The notification duty an incident follows.</summary>
public enum Track
{
    None = 1,
    LexSarah,
    LexMaria,
    PersonalDataBreach,
}

public enum RootCause
{
    Communication = 1,
    Routines,
    Competence,
    Technology,
    Organisation,
    Environment,
}

public enum ActionStatus
{
    Open = 1,
    Done,
}

public enum DeadlineStage
{
    Triage = 1,
    InvestigationStart,
    Investigation,
    Notification,
    Actions,
    Imy,
}

public static class Classification
{
    /// <summary>The subtypes a kind allows; a kind without subtypes takes none.</summary>
    public static bool Allows(this IncidentKind kind, IncidentSubtype? subtype) => kind switch
    {
        IncidentKind.HealthCare => subtype is IncidentSubtype.Fall or IncidentSubtype.Medication or IncidentSubtype.MedicalDevice
            or IncidentSubtype.CareInjury or IncidentSubtype.CareInjuryRisk,
        IncidentKind.LexSarah => subtype is IncidentSubtype.Impropriety or IncidentSubtype.RiskOfImpropriety,
        _ => subtype is null,
    };

    /// <summary>The Swedish name people read, e.g. in the notification document.</summary>
    public static string Swedish(this IncidentState state) => state switch
    {
        IncidentState.Reported => "rapporterad",
        IncidentState.Triaged => "bedömd",
        IncidentState.Investigating => "under utredning",
        IncidentState.ActionsDecided => "åtgärder beslutade",
        IncidentState.FollowUp => "uppföljning",
        IncidentState.Closed => "avslutad",
        _ => state.ToString(),
    };

    public static string Swedish(this IncidentSubtype subtype) => subtype switch
    {
        IncidentSubtype.Fall => "fall",
        IncidentSubtype.Medication => "läkemedel",
        IncidentSubtype.MedicalDevice => "medicintekniska produkter",
        IncidentSubtype.CareInjury => "vårdskada",
        IncidentSubtype.CareInjuryRisk => "risk för vårdskada",
        IncidentSubtype.Impropriety => "missförhållande",
        IncidentSubtype.RiskOfImpropriety => "påtaglig risk för missförhållande",
        _ => subtype.ToString(),
    };

    public static string Swedish(this RootCause cause) => cause switch
    {
        RootCause.Communication => "kommunikation",
        RootCause.Routines => "rutiner",
        RootCause.Competence => "kompetens",
        RootCause.Technology => "teknik",
        RootCause.Organisation => "organisation",
        RootCause.Environment => "miljö",
        _ => cause.ToString(),
    };

    public static string Swedish(this Severity severity) => severity switch
    {
        Severity.Minor => "mindre",
        Severity.Moderate => "måttlig",
        Severity.Significant => "betydande",
        Severity.Catastrophic => "katastrofal",
        _ => severity.ToString(),
    };
}
