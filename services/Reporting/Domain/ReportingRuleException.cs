using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Reporting.Domain;

/// <summary>A step the reporting rules do not allow now: a stable UPPER_SNAKE_CASE reason and a Swedish message (FAILED_PRECONDITION).</summary>
public sealed class ReportingRuleException(string reason, string message, IReadOnlyDictionary<string, string>? metadata = null)
    : DomainRuleException(reason, message, metadata);
