using System.Globalization;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Risks.Domain;

/// <summary>What a risk is about, as those who found it wrote it.</summary>
public sealed record RiskContent(
    string UnitId, string? AnalysisId, string? DocumentId, string Title, string Description, string Cause, string PossibleConsequence, string Owner, DateOnly IdentifiedOn);

/// <summary>One assessment on the matrix version it names; never changed once made.</summary>
public sealed record Assessment(
    int Number, AssessmentKind Kind, int MatrixVersion, int Probability, int Consequence, RiskLevel Level, string Grounds, DateOnly AssessedOn, string UserId, string UserName, DateTimeOffset At);

/// <summary>An avvikelse, klagomål or inspection finding in which the risk materialised.</summary>
public sealed record RiskLink(LinkKind Kind, string TargetId, string UserId, string UserName, DateTimeOffset At);

/// <summary>
/// An egenkontroll carried out on the risk's control (from the internkontrollplan), as SelfInspection reported it: the
/// compliance score (0-100) and the number of findings.
/// </summary>
public sealed record ControlResult(string ExecutionId, string UnitId, double Score, int Findings, DateTimeOffset CompletedAt);

/// <summary>An action decided against a risk; completed once.</summary>
public sealed class RiskAction
{
    private RiskAction()
    {
    }

    public RiskAction(string id, string description, string responsible, DateOnly dueOn)
    {
        Id = id;
        Description = description;
        Responsible = responsible;
        DueOn = dueOn;
        Status = ActionStatus.Planned;
    }

    public string Id { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Responsible { get; private set; } = "";

    public DateOnly DueOn { get; private set; }

    public ActionStatus Status { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    internal void Complete(DateOnly on)
    {
        Status = ActionStatus.Completed;
        CompletedOn = on;
    }
}

/// <summary>
/// A risk in the register (SOSFS 2011:9 5 kap. 1 §): identified, assessed on the tenant's matrix, acted on and
/// re-assessed, and closed as accepted or eliminated. Every assessment is kept with the matrix version it was made on.
/// </summary>
public sealed class Risk : WorkflowAggregate<RiskState, HistoryEntry<RiskState>>, IPersonalData, IUnitOwned
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private readonly List<Assessment> assessments = [];
    private readonly List<RiskAction> actions = [];
    private readonly List<RiskLink> links = [];
    private readonly List<ControlResult> controlResults = [];

    private Risk()
    {
    }

    public string? AnalysisId { get; private set; }

    public string? DocumentId { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Cause { get; private set; } = "";

    public string PossibleConsequence { get; private set; } = "";

    /// <summary>Who owns the risk, as written (a name or a role).</summary>
    public string Owner { get; private set; } = "";

    public DateOnly IdentifiedOn { get; private set; }

    /// <summary>In the order they were made (a database returns them in no promised order).</summary>
    public IReadOnlyList<Assessment> Assessments => [.. assessments.OrderBy(a => a.Number)];

    public IReadOnlyList<RiskAction> Actions => actions;

    public IReadOnlyList<RiskLink> Links => links;

    /// <summary>The controls carried out on the risk, oldest first.</summary>
    public IReadOnlyList<ControlResult> ControlResults => [.. controlResults.OrderBy(c => c.CompletedAt)];

    public CloseOutcome? CloseOutcome { get; private set; }

    public string? CloseReason { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The latest assessment's level, the risk's level now; null before the first.</summary>
    public RiskLevel? Level { get; private set; }

    public static Risk Identify(string id, string tenantId, RiskContent content, Actor actor, DateTimeOffset now)
    {
        var risk = new Risk
        {
            Id = id,
            TenantId = tenantId,
            UnitId = content.UnitId,
            State = RiskState.Identified,
            AnalysisId = content.AnalysisId,
            DocumentId = content.DocumentId,
            Title = content.Title.Trim(),
            Description = content.Description,
            Cause = content.Cause,
            PossibleConsequence = content.PossibleConsequence,
            Owner = content.Owner.Trim(),
            IdentifiedOn = content.IdentifiedOn,
        };
        risk.Record("identifierad", null, actor, now, "");
        return risk;
    }

    /// <summary>
    /// An assessment on <paramref name="matrix"/>: an initial one while open (again, to revise it), a residual one of the
    /// remaining risk once an action is completed.
    /// </summary>
    public Assessment Assess(AssessmentKind kind, RiskMatrix matrix, int probability, int consequence, string grounds, Actor actor, DateTimeOffset now)
    {
        if (kind == AssessmentKind.Initial)
        {
            if (State == RiskState.Closed)
            {
                throw Illegal("bedömas");
            }
        }
        else
        {
            Require(RiskState.Assessed, "bedömas efter åtgärder");
            if (!actions.Any(a => a.Status == ActionStatus.Completed))
            {
                throw new RisksRuleException("NO_COMPLETED_ACTION", "Restrisken bedöms när minst en åtgärd är genomförd.");
            }
        }
        var level = matrix.LevelOf(probability, consequence);
        var assessment = new Assessment(
            assessments.Count + 1, kind, matrix.Version, probability, consequence, level, grounds, SwedishCalendar.DateOf(now), actor.UserId, actor.Name, now);
        assessments.Add(assessment);
        Level = level;
        Move(RiskState.Assessed, kind == AssessmentKind.Initial ? "bedömd" : "restrisk bedömd", actor, now, $"Nivå {level.Swedish()}");
        return assessment;
    }

    public RiskAction DecideAction(string actionId, string description, string responsible, DateOnly dueOn, Actor actor, DateTimeOffset now)
    {
        Require(RiskState.Assessed, "få åtgärder beslutade");
        var action = new RiskAction(actionId, description.Trim(), responsible.Trim(), dueOn);
        actions.Add(action);
        Record("åtgärd beslutad", State, actor, now, action.Description);
        return action;
    }

    public RiskAction CompleteAction(string actionId, DateOnly completedOn, Actor actor, DateTimeOffset now)
    {
        Require(RiskState.Assessed, "få åtgärder genomförda");
        var action = actions.SingleOrDefault(a => a.Id == actionId)
            ?? throw new RisksRuleException("NO_SUCH_ACTION", $"Åtgärden {actionId} hör inte till risken.");
        if (action.Status == ActionStatus.Completed)
        {
            throw new RisksRuleException("ACTION_COMPLETED", $"Åtgärden genomfördes redan {action.CompletedOn:yyyy-MM-dd}.");
        }
        action.Complete(completedOn);
        Record("åtgärd genomförd", State, actor, now, action.Description);
        return action;
    }

    /// <summary>Closes the risk: an accepted risk must have been assessed; an eliminated one need not.</summary>
    public void Close(CloseOutcome outcome, string reason, Actor actor, DateTimeOffset now)
    {
        if (State == RiskState.Closed || (outcome == Domain.CloseOutcome.Accepted && State != RiskState.Assessed))
        {
            throw Illegal(outcome == Domain.CloseOutcome.Accepted ? "accepteras" : "avslutas");
        }
        CloseOutcome = outcome;
        CloseReason = reason.Trim();
        ClosedOn = SwedishCalendar.DateOf(now);
        Move(RiskState.Closed, outcome == Domain.CloseOutcome.Accepted ? "accepterad" : "eliminerad", actor, now, CloseReason);
    }

    /// <summary>Links what materialised; linking the same again changes nothing (false).</summary>
    public bool Link(LinkKind kind, string targetId, Actor actor, DateTimeOffset now)
    {
        if (links.Any(l => l.Kind == kind && l.TargetId == targetId))
        {
            return false;
        }
        links.Add(new RiskLink(kind, targetId, actor.UserId, actor.Name, now));
        Record("länkad", State, actor, now, $"{kind} {targetId}");
        return true;
    }

    /// <summary>
    /// Records the result of a control of the risk; the same execution again changes nothing (false). A closed risk
    /// keeps what was found after it was closed too: the control was carried out.
    /// </summary>
    public bool RecordControlResult(ControlResult result, Actor actor, DateTimeOffset now)
    {
        if (controlResults.Any(c => c.ExecutionId == result.ExecutionId))
        {
            return false;
        }
        controlResults.Add(result);
        var findings = result.Findings == 1 ? "1 brist" : $"{result.Findings} brister";
        Record("kontroll genomförd", State, actor, now, string.Create(Swedish, $"Resultat {result.Score:0.#} %, {findings}"));
        return true;
    }

    /// <summary>
    /// Where the risk sits in the matrix on <paramref name="on"/>: the latest initial assessment made by then, or for
    /// <see cref="MatrixBasis.AfterActions"/> the latest residual one (else the initial); null when not open that day or
    /// not yet assessed.
    /// </summary>
    public Assessment? PlacedOn(DateOnly on, MatrixBasis basis)
    {
        var made = Assessments.Where(a => a.AssessedOn <= on).ToList();
        var initial = made.LastOrDefault(a => a.Kind == AssessmentKind.Initial);
        return basis == MatrixBasis.AfterActions ? made.LastOrDefault(a => a.Kind == AssessmentKind.Residual) ?? initial : initial;
    }

    /// <summary>Whether the risk was in the register and not closed on <paramref name="on"/>.</summary>
    public bool IsOpenOn(DateOnly on) => IdentifiedOn <= on && (ClosedOn is null || ClosedOn > on);

    protected override RisksRuleException Illegal(string attempted) =>
        RisksRuleException.IllegalTransition($"Risken är {State.Swedish()} och kan inte {attempted} nu.", RiskWords.ContractName("RISK_STATE", State));

    protected override HistoryEntry<RiskState> Entry(string stepName, RiskState? from, Actor actor, DateTimeOffset now, string note) =>
        new(stepName, from, State, actor.UserId, actor.Name, now, note);
}
