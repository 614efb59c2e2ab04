using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Risks.Domain;

/// <summary>
/// A riskanalys: held on a date for a unit, a process (a document) or a planned change in the organisation, by its
/// participants; the risks found name it. Completed once every risk found is assessed.
/// </summary>
public sealed class RiskAnalysis : WorkflowAggregate<RiskAnalysisState, HistoryEntry<RiskAnalysisState>>, IPersonalData, IUnitOwned
{
    private readonly List<string> participants = [];

    private RiskAnalysis()
    {
    }

    public AnalysisSubject Subject { get; private set; }

    public string? DocumentId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    /// <summary>Who took part: names and roles as written (personal data).</summary>
    public IReadOnlyList<string> Participants => participants;

    public string CreatedBy { get; private set; } = "";

    public string CreatedByName { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public static RiskAnalysis Start(
        string id, string tenantId, string unitId, AnalysisSubject subject, string? documentId, string title, DateOnly heldOn, IEnumerable<string> participants, Actor actor, DateTimeOffset now)
    {
        if ((subject == AnalysisSubject.Process) != documentId is not null)
        {
            throw new RisksRuleException("PROCESS_DOCUMENT", "En riskanalys av en process anger processens dokument, och bara den.");
        }
        var analysis = new RiskAnalysis
        {
            Id = id,
            TenantId = tenantId,
            UnitId = unitId,
            State = RiskAnalysisState.Open,
            Subject = subject,
            DocumentId = documentId,
            Title = title.Trim(),
            HeldOn = heldOn,
            CreatedBy = actor.UserId,
            CreatedByName = actor.Name,
            CreatedAt = now,
        };
        analysis.participants.AddRange(participants.Select(p => p.Trim()).Distinct(StringComparer.Ordinal));
        analysis.Record("påbörjad", null, actor, now, "");
        return analysis;
    }

    /// <summary>Refuses a risk for an analysis that is no longer open.</summary>
    public void RequireOpen() => Require(RiskAnalysisState.Open, "få fler risker");

    /// <summary>Completes the analysis once it found at least one risk and every risk found is assessed (or closed).</summary>
    public void Complete(IReadOnlyCollection<Risk> risksFound, Actor actor, DateTimeOffset now)
    {
        Require(RiskAnalysisState.Open, "avslutas");
        if (risksFound.Count == 0)
        {
            throw new RisksRuleException("NO_RISKS", "Riskanalysen har inga risker ännu.");
        }
        if (risksFound.FirstOrDefault(r => r.State == RiskState.Identified) is { } unassessed)
        {
            throw new RisksRuleException("RISK_NOT_ASSESSED", $"Risken \"{unassessed.Title}\" är inte bedömd ännu.");
        }
        CompletedAt = now;
        Move(RiskAnalysisState.Completed, "avslutad", actor, now, "");
    }

    protected override RisksRuleException Illegal(string attempted) =>
        RisksRuleException.IllegalTransition($"Riskanalysen är {State.Swedish()} och kan inte {attempted} nu.", RiskWords.ContractName("RISK_ANALYSIS_STATE", State));

    protected override HistoryEntry<RiskAnalysisState> Entry(string stepName, RiskAnalysisState? from, Actor actor, DateTimeOffset now, string note) =>
        new(stepName, from, State, actor.UserId, actor.Name, now, note);
}
