using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Complaints.Domain;

/// <summary>One step in a complaint's life: what, the states before and after, who and when.</summary>
public sealed record HistoryEntry(string Step, ComplaintState? FromState, ComplaintState ToState, string UserId, string UserName, DateTimeOffset At, string Note) : WorkflowHistoryEntry;
