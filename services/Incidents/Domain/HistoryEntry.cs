using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Incidents.Domain;

/// <summary>One step in an incident's life: what, the states before and after, who and when.</summary>
public sealed record HistoryEntry(string Step, IncidentState? FromState, IncidentState ToState, string UserId, string UserName, DateTimeOffset At, string Note) : WorkflowHistoryEntry;
