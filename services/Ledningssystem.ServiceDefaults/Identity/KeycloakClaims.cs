using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>What the platform takes from a validated Keycloak access token.</summary>
internal sealed record KeycloakIdentity(string Subject, string UserName, string DisplayName, string TenantId, IReadOnlySet<string> Roles)
{
    /// <summary>For another system's client-credentials token, its client id; null for a person.</summary>
    public string? ServiceAccountClient { get; init; }
}

/// <summary>A validated token whose claims the platform cannot accept (no or several organizations, not an access token, ...).</summary>
internal sealed class TokenRefusedException(string reason) : SecurityTokenValidationException(reason);

/// <summary>
/// Reads Keycloak's claims from the payload of an access token whose signature, issuer, audience and lifetime
/// JwtBearer has already validated: <c>typ</c> must be "Bearer" (ID and refresh tokens are refused), <c>sub</c>
/// is the user, <c>preferred_username</c> the user name, <c>name</c> the name shown to people, <c>organization</c> (Keycloak 26, as <c>["alias"]</c> or
/// <c>{"alias":{"id":...}}</c>) must name exactly one organization, whose alias is the tenant id, and the roles
/// are <c>realm_access.roles</c> plus <c>resource_access.{clientId}.roles</c>. A service account's token (Keycloak names
/// its user "service-account-{azp}") is another system calling, not a person.
/// </summary>
internal static partial class KeycloakClaims
{
    private const string ServiceAccountPrefix = "service-account-";

    public static KeycloakIdentity Read(JsonElement payload, string clientId)
    {
        if (StringClaim(payload, "typ") != "Bearer")
        {
            throw new TokenRefusedException("the token is not an access token (typ is not \"Bearer\")");
        }
        var subject = StringClaim(payload, "sub") ?? throw new TokenRefusedException("the token has no sub");
        var roles = new HashSet<string>(StringComparer.Ordinal);
        AddRoles(roles, Child(payload, "realm_access"));
        AddRoles(roles, Child(Child(payload, "resource_access"), clientId));
        var userName = StringClaim(payload, "preferred_username") ?? subject;
        var client = StringClaim(payload, "azp");
        return new KeycloakIdentity(subject, userName, StringClaim(payload, "name") ?? userName, Tenant(payload), roles)
        {
            ServiceAccountClient = client is not null && userName == ServiceAccountPrefix + client ? client : null,
        };
    }

    private static string Tenant(JsonElement payload)
    {
        if (!payload.TryGetProperty("organization", out var organization))
        {
            throw new TokenRefusedException("the token names no organization");
        }
        List<string> aliases = organization.ValueKind switch
        {
            JsonValueKind.Array => [.. organization.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : throw new TokenRefusedException("an organization entry is not a string"))],
            JsonValueKind.Object => [.. organization.EnumerateObject().Select(p => p.Name)],
            _ => throw new TokenRefusedException("organization is neither an array nor an object"),
        };
        if (aliases.Count != 1)
        {
            throw new TokenRefusedException($"the token names {aliases.Count} organizations where exactly one is required");
        }
        return TenantAlias().IsMatch(aliases[0])
            ? aliases[0]
            : throw new TokenRefusedException("the organization alias is not a usable tenant id");
    }

    private static void AddRoles(HashSet<string> roles, JsonElement? access)
    {
        if (access is { } element && element.TryGetProperty("roles", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            roles.UnionWith(list.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!));
        }
    }

    private static JsonElement? Child(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object
            ? child
            : null;

    private static string? StringClaim(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex TenantAlias();
}
