using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Risks.Domain;

/// <summary>One step in the life of a risk, a riskanalys or an RoV: what, the states before and after, who and when.</summary>
public sealed record HistoryEntry<TState>(string Step, TState? FromState, TState ToState, string UserId, string UserName, DateTimeOffset At, string Note) : WorkflowHistoryEntry
    where TState : struct, Enum;
