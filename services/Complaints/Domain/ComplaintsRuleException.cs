using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Complaints.Domain;

/// <summary>
/// A step the complaints rules do not allow now: a stable UPPER_SNAKE_CASE reason (ILLEGAL_TRANSITION for a step in
/// the wrong state) and a Swedish message naming the current state, which the ErrorInfo also carries as metadata
/// current_state (the contract's name, e.g. COMPLAINT_STATE_RECEIVED).
/// </summary>
public sealed class ComplaintsRuleException(string reason, string message, ComplaintState currentState)
    : DomainRuleException(reason, message, new Dictionary<string, string> { ["current_state"] = ContractName(currentState) })
{
    public ComplaintState CurrentState { get; } = currentState;

    private static string ContractName(ComplaintState state) => state switch
    {
        ComplaintState.Received => "COMPLAINT_STATE_RECEIVED",
        ComplaintState.Acknowledged => "COMPLAINT_STATE_ACKNOWLEDGED",
        ComplaintState.Investigating => "COMPLAINT_STATE_INVESTIGATING",
        ComplaintState.Answered => "COMPLAINT_STATE_ANSWERED",
        ComplaintState.Closed => "COMPLAINT_STATE_CLOSED",
        ComplaintState.Forwarded => "COMPLAINT_STATE_FORWARDED",
        _ => "COMPLAINT_STATE_UNSPECIFIED",
    };
}
