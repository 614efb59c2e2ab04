namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>The attributes of a received CloudEvents 1.0 event that the platform uses; <paramref name="Data"/> is its JSON data.</summary>
internal sealed record CloudEvent(
    string Id,
    string Source,
    string Type,
    string? Subject,
    DateTimeOffset? Time,
    string? TenantId,
    string? TraceParent,
    string Data);
