using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Incidents.Domain;

/// <summary>
/// A step the incident's rules do not allow now. The reason is a stable UPPER_SNAKE_CASE code for programs
/// (ILLEGAL_TRANSITION for a workflow step in the wrong state); the message is Swedish and names the current state,
/// which the ErrorInfo also carries as metadata current_state (the contract's name, e.g. INCIDENT_STATE_TRIAGED).
/// </summary>
public sealed class IncidentRuleException(string reason, string message, IncidentState currentState)
    : DomainRuleException(reason, message, new Dictionary<string, string> { ["current_state"] = ContractName(currentState) })
{
    public IncidentState CurrentState { get; } = currentState;

    private static string ContractName(IncidentState state) => state switch
    {
        IncidentState.Reported => "INCIDENT_STATE_REPORTED",
        IncidentState.Triaged => "INCIDENT_STATE_TRIAGED",
        IncidentState.Investigating => "INCIDENT_STATE_INVESTIGATING",
        IncidentState.ActionsDecided => "INCIDENT_STATE_ACTIONS_DECIDED",
        IncidentState.FollowUp => "INCIDENT_STATE_FOLLOW_UP",
        IncidentState.Closed => "INCIDENT_STATE_CLOSED",
        _ => "INCIDENT_STATE_UNSPECIFIED",
    };
}
