namespace Ledningssystem.ServiceDefaults.Workflow;

/// <summary>
/// One step in a <see cref="WorkflowAggregate{TState, TEntry}"/>'s history. <see cref="Number"/> is the row's key, which
/// the database gives in the order the steps are saved; 0 until then.
/// </summary>
public abstract record WorkflowHistoryEntry
{
    public int Number { get; private init; }
}
