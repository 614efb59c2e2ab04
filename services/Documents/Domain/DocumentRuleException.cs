using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Documents.Domain;

/// <summary>
/// A change the document rules do not allow in the current state; answered as FAILED_PRECONDITION by the platform
/// (<see cref="DomainRuleInterceptor"/>), with the version's state, when the refusal concerns one, as
/// <c>current_state</c> in the ErrorInfo (e.g. <c>APPROVED</c>).
/// </summary>
public sealed class DocumentRuleException(string reason, string message, VersionStatus? currentState = null)
    : DomainRuleException(reason, message, currentState is { } state ? new Dictionary<string, string> { ["current_state"] = state.Code() } : null);
