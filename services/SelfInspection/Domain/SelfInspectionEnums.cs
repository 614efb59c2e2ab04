namespace Ledningssystem.SelfInspection.Domain;

/// <summary>Numbered like the contract's enums, so that mapping is a cast (ContractMapping).</summary>
public enum PlanState
{
    Draft = 1,
    Approved,
    Superseded,
}

public enum InspectionMethod
{
    RecordReview = 1,
    CaseFileReview,
    HygieneRound,
    NarcoticsCheck,
    SigningListsAndDelegations,
    MedicationReview,
    UserSurvey,
    QualityRegisters,
    ComplaintsReview,
    Other,
}

public enum Frequency
{
    Once = 1,
    Monthly,
    Quarterly,
    Tertial,
    Yearly,
    ChosenMonths,
}

/// <summary>Planned, Done and Cancelled are stored; Due and Overdue follow from the clock (<see cref="Occurrence.StateAt"/>).</summary>
public enum OccurrenceState
{
    Planned = 1,
    Due,
    Overdue,
    Done,
    Cancelled,
}

public enum TemplateState
{
    Draft = 1,
    Published,
    Retired,
}

public enum AnswerType
{
    YesNo = 1,
    Number,
    Text,
    Choice,
}

public enum YesNo
{
    Yes = 1,
    No,
    Partly,
    NotApplicable,
}

public enum FindingState
{
    Open = 1,
    ActionDecided,
    Closed,
    Accepted,
    IncidentReported,
}

public enum Severity
{
    Low = 1,
    Medium,
    High,
}

/// <summary>The states as people read them in a sentence ("Planen är ...").</summary>
public static class SwedishStates
{
    public static string Swedish(this PlanState state) => state switch
    {
        PlanState.Draft => "ett utkast",
        PlanState.Approved => "fastställd",
        _ => "ersatt av en senare version",
    };

    public static string Swedish(this TemplateState state) => state switch
    {
        TemplateState.Draft => "ett utkast",
        TemplateState.Published => "publicerad",
        _ => "ersatt av en senare version",
    };

    public static string Swedish(this OccurrenceState state) => state switch
    {
        OccurrenceState.Done => "genomförd",
        OccurrenceState.Cancelled => "inställd",
        _ => "planerad",
    };

    public static string Swedish(this FindingState state) => state switch
    {
        FindingState.Open => "öppen",
        FindingState.ActionDecided => "under åtgärd",
        FindingState.Closed => "avslutad",
        FindingState.Accepted => "accepterad utan åtgärd",
        _ => "rapporterad som avvikelse",
    };
}
