using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.ServiceDefaults.Workflow;

/// <summary>
/// One tenant's case that a workflow takes from state to state (an avvikelse, a klagomål): its identity, its
/// <see cref="Version"/> (the concurrency token), its <see cref="State"/> and the history of its steps. Every step
/// checks the state it may be taken in with <see cref="Require"/> (a wrong one throws what <see cref="Illegal"/> makes,
/// the service's rule exception naming the current state) and adds a <typeparamref name="TEntry"/> through
/// <see cref="Move"/> or <see cref="Record"/>. The service maps the derived entity; the properties and the field
/// <c>history</c> keep their names, so the model is the one the entity had on its own.
/// </summary>
/// <typeparam name="TState">The states of the workflow.</typeparam>
/// <typeparam name="TEntry">One step in the history, as the service stores it.</typeparam>
public abstract class WorkflowAggregate<TState, TEntry> : ITenantOwned
    where TState : struct, Enum
    where TEntry : WorkflowHistoryEntry
{
    private readonly List<TEntry> history = [];

    public string TenantId { get; protected set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string Id { get; protected set; } = "";

    public string AuditId => Id;

    /// <summary>Changes with every step; two concurrent steps on one case cannot both commit.</summary>
    public int Version { get; private set; }

    public string UnitId { get; protected set; } = "";

    public TState State { get; protected set; }

    /// <summary>
    /// The steps in the order they were taken: a database returns an owned collection in no promised order, so the saved
    /// steps are ordered by their numbers and the ones not saved yet follow in the order they were recorded.
    /// </summary>
    public IReadOnlyList<TEntry> History => [.. history.OrderBy(entry => entry.Number == 0 ? int.MaxValue : entry.Number)];

    /// <summary>
    /// The refusal of a step in the current state: ILLEGAL_TRANSITION, a Swedish message naming the state and what
    /// could not be done (<paramref name="attempted"/>, e.g. "börja utredas").
    /// </summary>
    protected abstract DomainRuleException Illegal(string attempted);

    /// <summary>The history entry for the step <paramref name="stepName"/> from <paramref name="from"/> (null for the first) to the current state.</summary>
    protected abstract TEntry Entry(string stepName, TState? from, Actor actor, DateTimeOffset now, string note);

    /// <summary>Throws <see cref="Illegal"/> unless the case is in <paramref name="expected"/>.</summary>
    protected void Require(TState expected, string step)
    {
        if (!EqualityComparer<TState>.Default.Equals(State, expected))
        {
            throw Illegal(step);
        }
    }

    /// <summary>Takes the case to <paramref name="to"/> and records the step.</summary>
    protected void Move(TState to, string step, Actor actor, DateTimeOffset now, string note)
    {
        var from = State;
        State = to;
        Record(step, from, actor, now, note);
    }

    /// <summary>Records a step that ends in the current state: a new version and a history entry.</summary>
    protected void Record(string step, TState? from, Actor actor, DateTimeOffset now, string note)
    {
        Version++;
        history.Add(Entry(step, from, actor, now, note));
    }

    /// <summary>A new version without a step (an announcement), so that two writers cannot both commit it.</summary>
    protected void NewVersion() => Version++;
}
