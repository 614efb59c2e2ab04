using System.Text.RegularExpressions;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.SelfInspection.Domain;

/// <summary>
/// A step the selfinspection rules do not allow now: a stable UPPER_SNAKE_CASE reason (ILLEGAL_TRANSITION for a step
/// in the wrong state) and a Swedish message naming the current state, which the ErrorInfo also carries as metadata
/// current_state (the contract's name, e.g. PLAN_STATE_DRAFT).
/// </summary>
public sealed partial class SelfInspectionRuleException(string reason, string message, Enum currentState)
    : DomainRuleException(reason, message, new Dictionary<string, string> { ["current_state"] = ContractName(currentState) })
{
    /// <summary>PlanState.Draft → PLAN_STATE_DRAFT, as the contract's enums name their values.</summary>
    public static string ContractName(Enum state) =>
        $"{UpperSnake(state.GetType().Name)}_{UpperSnake(state.ToString())}";

    private static string UpperSnake(string name) => WordStart().Replace(name, "_$1").ToUpperInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordStart();
}
