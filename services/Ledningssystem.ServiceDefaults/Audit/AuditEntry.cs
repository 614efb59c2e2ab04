using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.ServiceDefaults.Audit;

/// <summary>
/// One read or change of personal data: who, in which tenant, what, which action, when and why.
/// Append-only: the platform refuses to update or delete an entry.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>The acting user's subject, or "system" for work no person started.</summary>
    public string UserId { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>The entity's type as the service names it, e.g. "Incident".</summary>
    public string EntityType { get; set; } = "";

    public string EntityId { get; set; } = "";

    /// <summary>Why the data was read or changed, when the caller said so (e.g. "utredning lex Sarah").</summary>
    public string? Reason { get; set; }

    /// <summary>The trace id of the call that did it, to find the rest of what happened.</summary>
    public string? CorrelationId { get; set; }

    public DateTimeOffset At { get; set; }
}

public enum AuditAction
{
    Read = 1,
    Create = 2,
    Update = 3,
    Delete = 4,
    Export = 5,
}
