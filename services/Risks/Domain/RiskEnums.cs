namespace Ledningssystem.Risks.Domain;

// The contract's enums number their values like these, so mapping is a cast (ContractMapping).

public enum RiskLevel
{
    Low = 1,
    Medium,
    High,
    VeryHigh,
}

public enum AnalysisSubject
{
    Unit = 1,
    Process,
    Change,
}

public enum RiskAnalysisState
{
    Open = 1,
    Completed,
}

public enum RiskState
{
    Identified = 1,
    Assessed,
    Closed,
}

public enum AssessmentKind
{
    Initial = 1,
    Residual,
}

public enum ActionStatus
{
    Planned = 1,
    Completed,
}

public enum LinkKind
{
    Incident = 1,
    Complaint,
    Finding,
}

public enum CloseOutcome
{
    Accepted = 1,
    Eliminated,
}

/// <summary>Which assessment places a risk in the matrix view.</summary>
public enum MatrixBasis
{
    BeforeActions = 1,
    AfterActions,
}

public enum RovState
{
    Draft = 1,
    Adopted,
}

/// <summary>How the states and levels read in Swedish sentences, and their contract names for error metadata.</summary>
public static class RiskWords
{
    public static string Swedish(this RiskState state) => state switch
    {
        RiskState.Identified => "identifierad",
        RiskState.Assessed => "bedömd",
        RiskState.Closed => "avslutad",
        _ => "okänd",
    };

    public static string Swedish(this RiskAnalysisState state) => state == RiskAnalysisState.Open ? "pågående" : "avslutad";

    public static string Swedish(this RovState state) => state == RovState.Draft ? "ett utkast" : "fastställd";

    public static string Swedish(this RiskLevel level) => level switch
    {
        RiskLevel.Low => "låg",
        RiskLevel.Medium => "medel",
        RiskLevel.High => "hög",
        _ => "mycket hög",
    };

    /// <summary>The colour the matrix shows a level in (#RRGGBB): grön, gul, orange, röd.</summary>
    public static string Colour(this RiskLevel level) => level switch
    {
        RiskLevel.Low => "#2E7D32",
        RiskLevel.Medium => "#F9A825",
        RiskLevel.High => "#EF6C00",
        _ => "#C62828",
    };

    /// <summary>The contract's name of a value, e.g. RISK_STATE_IDENTIFIED for (<c>"RISK_STATE"</c>, Identified).</summary>
    public static string ContractName<T>(string prefix, T value)
        where T : struct, Enum =>
        $"{prefix}_{string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{c}")).ToUpperInvariant()}";
}
