using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Risks.Domain;

/// <summary>The control chosen for a risk in the internkontrollplan: what is checked, by which role, in which months (empty: once a year).</summary>
public sealed record ChosenControl(string Control, string ResponsibleRole, string? DocumentId, IReadOnlyList<int> Months);

/// <summary>One risk of a risk- och väsentlighetsanalys: its level when rated, its väsentlighet, and the control when chosen.</summary>
public sealed class MaterialityRating
{
    private MaterialityRating()
    {
    }

    internal MaterialityRating(Risk risk, int materiality)
    {
        RiskId = risk.Id;
        Rate(risk, materiality);
    }

    public string RiskId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string UnitId { get; private set; } = "";

    public RiskLevel Level { get; private set; }

    public int Materiality { get; private set; }

    public string? Control { get; private set; }

    public string? ResponsibleRole { get; private set; }

    public string? DocumentId { get; private set; }

    /// <summary>The months (1-12) as bits 1-12.</summary>
    public int MonthMask { get; private set; }

    public bool Chosen => Control is not null;

    public IReadOnlyList<int> Months => [.. Enumerable.Range(1, 12).Where(m => (MonthMask & (1 << m)) != 0)];

    internal void Rate(Risk risk, int materiality)
    {
        Title = risk.Title;
        UnitId = risk.UnitId;
        Level = risk.Level ?? throw new RisksRuleException("RISK_NOT_ASSESSED", $"Risken \"{risk.Title}\" är inte bedömd ännu.");
        Materiality = materiality;
    }

    internal void Choose(ChosenControl control)
    {
        Control = control.Control.Trim();
        ResponsibleRole = control.ResponsibleRole.Trim();
        DocumentId = control.DocumentId;
        MonthMask = control.Months.Aggregate(0, (mask, month) => mask | (1 << month));
    }
}

/// <summary>
/// A year's risk- och väsentlighetsanalys for a unit's subtree (kommunallagen 6 kap. 6 §): open risks rated by
/// väsentlighet, some chosen with a control; adopting it makes the chosen controls the internkontrollplan.
/// </summary>
public sealed class RiskAndMaterialityAnalysis : WorkflowAggregate<RovState, HistoryEntry<RovState>>, IUnitOwned
{
    private readonly List<MaterialityRating> ratings = [];

    private RiskAndMaterialityAnalysis()
    {
    }

    public int Year { get; private set; }

    public IReadOnlyList<MaterialityRating> Ratings => ratings;

    public DateTimeOffset? AdoptedAt { get; private set; }

    public static RiskAndMaterialityAnalysis Create(string id, string tenantId, string unitId, int year, Actor actor, DateTimeOffset now)
    {
        var rov = new RiskAndMaterialityAnalysis { Id = id, TenantId = tenantId, UnitId = unitId, Year = year, State = RovState.Draft };
        rov.Record("upprättad", null, actor, now, "");
        return rov;
    }

    /// <summary>Rates an open, assessed risk of the subtree (<paramref name="inSubtree"/>); rating it again replaces the rating and keeps its control.</summary>
    public void Rate(Risk risk, bool inSubtree, int materiality, Actor actor, DateTimeOffset now)
    {
        Require(RovState.Draft, "ändras");
        if (!inSubtree)
        {
            throw new RisksRuleException("RISK_OUTSIDE_SCOPE", "Risken hör inte till analysens enhet eller enheterna under den.");
        }
        if (risk.State == RiskState.Closed)
        {
            throw new RisksRuleException("RISK_CLOSED", "Risken är avslutad och kan inte väsentlighetsbedömas.");
        }
        if (ratings.SingleOrDefault(r => r.RiskId == risk.Id) is { } rated)
        {
            rated.Rate(risk, materiality);
        }
        else
        {
            ratings.Add(new MaterialityRating(risk, materiality));
        }
        Record("väsentlighet bedömd", State, actor, now, $"{risk.Id}: {materiality}");
    }

    public void Choose(string riskId, ChosenControl control, Actor actor, DateTimeOffset now)
    {
        Require(RovState.Draft, "ändras");
        var rating = ratings.SingleOrDefault(r => r.RiskId == riskId)
            ?? throw new RisksRuleException("RISK_NOT_RATED", "Väsentlighetsbedöm risken innan den väljs till internkontrollplanen.");
        rating.Choose(control);
        Record("kontroll vald", State, actor, now, riskId);
    }

    /// <summary>Adopts the analysis; its internkontrollplan is the chosen controls, at least one.</summary>
    public IReadOnlyList<MaterialityRating> Adopt(Actor actor, DateTimeOffset now)
    {
        Require(RovState.Draft, "fastställas");
        var plan = ratings.Where(r => r.Chosen).ToList();
        if (plan.Count == 0)
        {
            throw new RisksRuleException("NO_CONTROLS", "Välj minst en risk med kontroll till internkontrollplanen innan analysen fastställs.");
        }
        AdoptedAt = now;
        Move(RovState.Adopted, "fastställd", actor, now, "");
        return plan;
    }

    protected override RisksRuleException Illegal(string attempted) =>
        RisksRuleException.IllegalTransition(
            $"Risk- och väsentlighetsanalysen är {State.Swedish()} och kan inte {attempted} nu.",
            RiskWords.ContractName("RISK_AND_MATERIALITY_ANALYSIS_STATE", State));

    protected override HistoryEntry<RovState> Entry(string stepName, RovState? from, Actor actor, DateTimeOffset now, string note) =>
        new(stepName, from, State, actor.UserId, actor.Name, now, note);
}
