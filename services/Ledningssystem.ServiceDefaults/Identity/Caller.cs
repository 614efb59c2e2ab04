namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>
/// The authenticated caller of the current call, as the validated token says: the user's subject and name, the
/// tenant (Keycloak organization alias) and the coarse platform roles (realm roles and the API client's roles).
/// What the caller may do in which unit is not here: ask <c>IAccessControl</c>.
/// </summary>
public sealed record Caller(string UserId, string UserName, string TenantId, IReadOnlySet<string> Roles)
{
    /// <summary>The name shown to people ("Anna Andersson", the token's <c>name</c>); the user name when the token has none.</summary>
    public string DisplayName { get; init; } = UserName;

    /// <summary>The client id when another system calls with a client-credentials token (a service account); null for a person.</summary>
    public string? ServiceAccountClient { get; init; }
}

/// <summary>The caller of the current call; handlers use this and never read claims themselves.</summary>
public interface ICallerAccessor
{
    /// <summary>The authenticated caller, or null outside an authenticated call (an event handler, a background job).</summary>
    Caller? Current { get; }

    /// <summary>The authenticated caller; without one, throws UNAUTHENTICATED.</summary>
    Caller Required { get; }
}
