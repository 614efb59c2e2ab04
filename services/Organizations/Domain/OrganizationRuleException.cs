using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Organizations.Domain;

/// <summary>
/// A change the organisation's rules do not allow in its current state (a cycle in the unit tree, a closed unit).
/// <paramref name="reason"/> is a stable UPPER_SNAKE_CASE code for programs; the message is Swedish, for people.
/// </summary>
public sealed class OrganizationRuleException(string reason, string message) : DomainRuleException(reason, message);
