using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.SelfInspection.Domain;

/// <summary>A step the selfinspection rules do not allow now: a stable UPPER_SNAKE_CASE reason and a Swedish message (FAILED_PRECONDITION).</summary>
public sealed class SelfInspectionRuleException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : DomainRuleException(reason, message, metadata);
