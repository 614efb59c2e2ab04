using Ledningssystem.Reporting.Domain;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.QualityCouncil.Domain;

/// <summary>A counter cell a record contributes one to, with the record's compliance score in hundredths (0 when it has none).</summary>
public readonly record struct Cell(CounterKey Key, long ScoreHundredths = 0);

/// <summary>A tenant's row named by one key: the source's id, or a composite of it.</summary>
public interface ITenantKeyed : ITenantOwned
{
    string Key { get; }
}

/// <summary>
/// A read-model record that events merge into in any order and any number of times (ADR 0022): <see cref="Apply"/>
/// answers whether anything changed, and <see cref="Cells"/> is what the record counts in now.
/// </summary>
public interface IMergedRecord<in TFact> : ITenantKeyed
{
    bool Apply(TFact fact);

    IReadOnlyList<Cell> Cells();
}

/// <summary>Instants merged so that order and repetition do not matter.</summary>
internal static class Merge
{
    public static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    public static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}

/// <summary>One egenkontroll carried out (InspectionCompleted); told once, so merging only fills it in.</summary>
public sealed record ExecutionFact(string ExecutionId, string UnitId, int Month, bool InternalControl, long ScoreHundredths);

public sealed class InspectionExecution : IMergedRecord<ExecutionFact>
{
    public const string InternalControlKind = "INTERNAL_CONTROL";
    public const string SelfInspectionKind = "SELF_INSPECTION";

    private InspectionExecution()
    {
    }

    public InspectionExecution(string key) => Key = key;

    public string TenantId { get; set; } = "";

    /// <summary>The execution id.</summary>
    public string Key { get; private set; } = "";

    public string? UnitId { get; private set; }

    public int Month { get; private set; }

    public string Kind { get; private set; } = "";

    public long ScoreHundredths { get; private set; }

    public bool Apply(ExecutionFact fact)
    {
        if (UnitId is not null)
        {
            return false;
        }
        (UnitId, Month, Kind, ScoreHundredths) = (fact.UnitId, fact.Month, fact.InternalControl ? InternalControlKind : SelfInspectionKind, fact.ScoreHundredths);
        return true;
    }

    public IReadOnlyList<Cell> Cells() =>
        UnitId is { } unit ? [new Cell(new CounterKey(Subject.Inspections, unit, Month, Kind, "", CaseStatus.Closed), ScoreHundredths)] : [];
}

/// <summary>What an event tells about an egenkontroll finding; every field optional.</summary>
public sealed record FindingFact(string FindingId)
{
    public string? UnitId { get; init; }

    public int? Month { get; init; }

    public string? Severity { get; init; }

    public DateTimeOffset? ActionDecidedAt { get; init; }

    /// <summary>Accepted without action, turned into an incident, or its action completed.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }
}

/// <summary>A finding of egenkontroll: NEW until its action is decided, IN_PROGRESS while that is open, CLOSED once resolved.</summary>
public sealed class FindingRecord : IMergedRecord<FindingFact>
{
    private FindingRecord()
    {
    }

    public FindingRecord(string key) => Key = key;

    public string TenantId { get; set; } = "";

    /// <summary>The finding id.</summary>
    public string Key { get; private set; } = "";

    public string? UnitId { get; private set; }

    public int? Month { get; private set; }

    public string Severity { get; private set; } = "";

    public DateTimeOffset? ActionDecidedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public CaseStatus Status => ResolvedAt is not null ? CaseStatus.Closed : ActionDecidedAt is not null ? CaseStatus.InProgress : CaseStatus.New;

    public bool Apply(FindingFact fact)
    {
        var before = (UnitId, Month, Severity, ActionDecidedAt, ResolvedAt);
        UnitId ??= fact.UnitId;
        Month ??= fact.Month;
        if (Severity.Length == 0 && fact.Severity is { Length: > 0 } severity)
        {
            Severity = severity;
        }
        ActionDecidedAt = Merge.Earliest(ActionDecidedAt, fact.ActionDecidedAt);
        ResolvedAt = Merge.Earliest(ResolvedAt, fact.ResolvedAt);
        return before != (UnitId, Month, Severity, ActionDecidedAt, ResolvedAt);
    }

    public IReadOnlyList<Cell> Cells() =>
        UnitId is { } unit && Month is { } month ? [new Cell(new CounterKey(Subject.InspectionFindings, unit, month, Severity, "", Status))] : [];
}

/// <summary>What an event tells about a risk in the register; every field optional.</summary>
public sealed record RiskFact(string RiskId)
{
    public string? UnitId { get; init; }

    public int? Month { get; init; }

    /// <summary>The level assessed at <see cref="LevelAt"/>; the latest assessment wins.</summary>
    public string? Level { get; init; }

    public DateTimeOffset? LevelAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }
}

/// <summary>A risk: NEW until assessed, IN_PROGRESS while open, CLOSED once closed (a closed risk is never reopened).</summary>
public sealed class RiskRecord : IMergedRecord<RiskFact>
{
    private RiskRecord()
    {
    }

    public RiskRecord(string key) => Key = key;

    public string TenantId { get; set; } = "";

    /// <summary>The risk id.</summary>
    public string Key { get; private set; } = "";

    public string? UnitId { get; private set; }

    public int? Month { get; private set; }

    public string Level { get; private set; } = "";

    public DateTimeOffset? LevelAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public CaseStatus Status => ClosedAt is not null ? CaseStatus.Closed : LevelAt is not null ? CaseStatus.InProgress : CaseStatus.New;

    public bool Apply(RiskFact fact)
    {
        var before = (UnitId, Month, Level, LevelAt, ClosedAt);
        UnitId ??= fact.UnitId;
        Month ??= fact.Month;
        if (fact.Level is { Length: > 0 } level && fact.LevelAt is { } at && !(LevelAt >= at))
        {
            (Level, LevelAt) = (level, at);
        }
        ClosedAt = Merge.Earliest(ClosedAt, fact.ClosedAt);
        return before != (UnitId, Month, Level, LevelAt, ClosedAt);
    }

    public IReadOnlyList<Cell> Cells() =>
        UnitId is { } unit && Month is { } month ? [new Cell(new CounterKey(Subject.Risks, unit, month, Level, "", Status))] : [];
}
