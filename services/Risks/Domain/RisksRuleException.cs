using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Risks.Domain;

/// <summary>A step the risks rules do not allow now: a stable UPPER_SNAKE_CASE reason and a Swedish message (FAILED_PRECONDITION).</summary>
public sealed class RisksRuleException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : DomainRuleException(reason, message, metadata)
{
    /// <summary>ILLEGAL_TRANSITION, with the current state's contract name as metadata current_state.</summary>
    public static RisksRuleException IllegalTransition(string message, string currentState) =>
        new("ILLEGAL_TRANSITION", message, new Dictionary<string, string> { ["current_state"] = currentState });
}
