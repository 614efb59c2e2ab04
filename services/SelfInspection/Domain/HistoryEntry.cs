using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.SelfInspection.Domain;

/// <summary>One step in a plan's life: what, the states before and after, who and when.</summary>
public sealed record PlanHistoryEntry(string Step, PlanState? FromState, PlanState ToState, string UserId, string UserName, DateTimeOffset At, string Note) : WorkflowHistoryEntry;

/// <summary>One step in a finding's life.</summary>
public sealed record FindingHistoryEntry(string Step, FindingState? FromState, FindingState ToState, string UserId, string UserName, DateTimeOffset At, string Note) : WorkflowHistoryEntry;
