using Ledningssystem.Reporting.Domain;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Reporting.JointAnalysis.Domain;

/// <summary>An action the analysis decided: what, who is responsible (a name as written), by when.</summary>
public sealed class AnalysisAction
{
    private AnalysisAction()
    {
    }

    public AnalysisAction(string action, string responsible, DateOnly dueOn)
    {
        Action = action;
        Responsible = responsible;
        DueOn = dueOn;
    }

    public string Action { get; private set; } = "";

    public string Responsible { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public bool SameAs(AnalysisAction other) => Action == other.Action && Responsible == other.Responsible && DueOn == other.DueOn;
}

/// <summary>
/// One version of the written joint analysis of a scope (a unit's subtree, or the whole tenant: <see cref="WholeTenant"/>)
/// and half-year: the conclusions, the decided actions, who wrote it and when, and the underlag (as protobuf JSON) it was
/// written against. A new version supersedes the one before; none is changed or removed. It names staff, so changes go
/// to the audit trail by themselves and reads are recorded by the API.
/// </summary>
public sealed class JointAnalysisVersion : ITenantOwned, IPersonalData
{
    public const string WholeTenant = "";

    private readonly List<AnalysisAction> actions = [];

    private JointAnalysisVersion()
    {
    }

    public string Id { get; private set; } = "";

    public string TenantId { get; set; } = "";

    public string UnitId { get; private set; } = WholeTenant;

    public int Year { get; private set; }

    public HalfYear Half { get; private set; }

    public int Version { get; private set; }

    public string Conclusions { get; private set; } = "";

    public IReadOnlyList<AnalysisAction> Actions => actions;

    public string Basis { get; private set; } = "";

    public string WrittenBy { get; private set; } = "";

    public string WrittenByName { get; private set; } = "";

    public DateTimeOffset WrittenAt { get; private set; }

    public string AuditId => Id;

    /// <summary>
    /// The next version after <paramref name="latest"/> (null: none yet), when the writer wrote over that one
    /// (<paramref name="supersedes"/>) and the half-year has begun.
    /// </summary>
    public static JointAnalysisVersion Record(
        string id, string unitId, int year, HalfYear half, JointAnalysisVersion? latest, int supersedes, string conclusions,
        IReadOnlyList<AnalysisAction> decided, string basis, Actor writer, DateOnly today, DateTimeOffset now)
    {
        if (Months.Of(today) < HalfYears.Of(year, half).From)
        {
            throw new ReportingRuleException("HALF_YEAR_NOT_STARTED", $"Analysen kan skrivas först när {HalfYears.Name(year, half)} har börjat.");
        }
        var current = latest?.Version ?? 0;
        if (supersedes != current)
        {
            throw new ReportingRuleException(
                "VERSION_CHANGED",
                current == 0
                    ? "Det finns ingen tidigare analys att ersätta för halvåret."
                    : $"Analysen har ändrats sedan du började skriva: senaste versionen är {current}. Läs den och skriv om din ändring.",
                new Dictionary<string, string> { ["current_version"] = current.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        var version = new JointAnalysisVersion
        {
            Id = id, UnitId = unitId, Year = year, Half = half, Version = current + 1, Conclusions = conclusions, Basis = basis,
            WrittenBy = writer.UserId, WrittenByName = writer.Name, WrittenAt = now,
        };
        version.actions.AddRange(decided);
        return version;
    }

    /// <summary>Whether a repeated request is this version again (a retry whose answer was lost) rather than a new one.</summary>
    public bool IsRetryOf(int supersedes, string conclusions, IReadOnlyList<AnalysisAction> decided, string writer) =>
        Version == supersedes + 1 && WrittenBy == writer && Conclusions == conclusions
        && actions.Count == decided.Count && actions.Zip(decided).All(p => p.First.SameAs(p.Second));
}
