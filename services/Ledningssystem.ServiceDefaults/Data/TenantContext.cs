namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>Whose data the current unit of work may see and change, and who is acting.</summary>
public interface ITenantContext
{
    /// <summary>The tenant id, or null when no tenant applies (then tenant-owned data is invisible).</summary>
    string? TenantId { get; }

    /// <summary>The acting user's subject, or "system" for work that no person started.</summary>
    string ActorId { get; }
}

/// <summary>The authenticated caller of the current call, if any (implemented by the identity layer).</summary>
public interface ICallerSource
{
    string? TenantId { get; }

    string? UserId { get; }
}

/// <summary>
/// Takes tenant and actor from the caller's token, unless code that acts for a tenant without a caller
/// (an event handler, a background job) has entered <see cref="Use"/>.
/// </summary>
public sealed class TenantContext(ICallerSource caller) : ITenantContext
{
    public const string SystemActor = "system";

    private static readonly AsyncLocal<string?> Override = new();

    public string? TenantId => Override.Value ?? caller.TenantId;

    public string ActorId => Override.Value is null ? caller.UserId ?? SystemActor : SystemActor;

    /// <summary>Acts as the system for <paramref name="tenantId"/> until the returned scope is disposed.</summary>
    public static IDisposable Use(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var previous = Override.Value;
        Override.Value = tenantId;
        return new Scope(previous);
    }

    private sealed class Scope(string? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
