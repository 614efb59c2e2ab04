using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>
/// The claims of the principal the platform builds from a validated token (it replaces the token's own claims),
/// and the <see cref="Caller"/> read back from them once per request.
/// </summary>
internal static class CallerClaims
{
    public const string Subject = "sub";
    public const string UserName = "preferred_username";
    public const string DisplayName = "name";
    public const string Tenant = "tenant";
    public const string Role = "role";
    public const string ServiceAccountClient = "service_account_client";

    private static readonly object CacheKey = new();

    private sealed record CachedCaller(ClaimsPrincipal Principal, Caller? Caller);

    public static ClaimsPrincipal ToPrincipal(KeycloakIdentity identity, string authenticationType)
    {
        List<Claim> claims =
        [
            new(Subject, identity.Subject),
            new(UserName, identity.UserName),
            new(DisplayName, identity.DisplayName),
            new(Tenant, identity.TenantId),
            .. identity.Roles.Select(role => new Claim(Role, role)),
            .. identity.ServiceAccountClient is { } client ? [new Claim(ServiceAccountClient, client)] : Array.Empty<Claim>(),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, UserName, Role));
    }

    public static Caller? CallerOf(HttpContext context)
    {
        var user = context.User;
        if (context.Items.TryGetValue(CacheKey, out var cached) && cached is CachedCaller hit && ReferenceEquals(hit.Principal, user))
        {
            return hit.Caller;
        }
        var current = Read(user);
        context.Items[CacheKey] = new CachedCaller(user, current);
        return current;
    }

    private static Caller? Read(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true }
            || user.FindFirst(Subject)?.Value is not { Length: > 0 } subject
            || user.FindFirst(Tenant)?.Value is not { Length: > 0 } tenant)
        {
            return null;
        }
        var roles = user.FindAll(Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var userName = user.FindFirst(UserName)?.Value ?? subject;
        return new Caller(subject, userName, tenant, roles)
        {
            DisplayName = user.FindFirst(DisplayName)?.Value ?? userName,
            ServiceAccountClient = user.FindFirst(ServiceAccountClient)?.Value,
        };
    }
}
