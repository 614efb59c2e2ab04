using System.Text.Json.Nodes;
using Ledningssystem.DevTokenIssuer.Realm;
using Ledningssystem.DevTokenIssuer.Signing;
using Microsoft.Extensions.Options;

namespace Ledningssystem.DevTokenIssuer.Tokens;

/// <summary>
/// Access tokens with the claims Keycloak 26 puts in a realm's access token when the client's scopes include
/// an audience mapper for the API and the "organization" scope: no <c>nbf</c>, <c>typ</c> "Bearer", the realm's
/// default roles plus the user's, the account client's default roles, and the organization as <c>["alias"]</c>.
/// </summary>
internal sealed class AccessTokenFactory(SigningKey key, IOptions<IssuerSettings> options, TimeProvider clock)
{
    private const string AccountClient = "account";
    private const string Scope = "profile email organization";

    public IssuedToken Issue(DemoUser user, string clientId, bool serviceAccount)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var expires = now + settings.TokenLifetime;
        var payload = new JsonObject
        {
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = settings.Issuer,
            ["aud"] = new JsonArray(settings.Audience, AccountClient),
            ["sub"] = user.Sub,
            ["typ"] = "Bearer",
            ["azp"] = clientId,
            ["acr"] = "1",
            ["realm_access"] = Roles(["offline_access", "uma_authorization", $"default-roles-{settings.Realm}", .. user.RealmRoles]),
            ["resource_access"] = new JsonObject
            {
                [AccountClient] = Roles(["manage-account", "manage-account-links", "view-profile"]),
            },
            ["scope"] = Scope,
            ["name"] = user.DisplayName,
            ["preferred_username"] = user.Username,
            ["organization"] = new JsonArray(user.Tenant),
        };
        if (serviceAccount)
        {
            payload["client_id"] = clientId;
        }
        return new IssuedToken(key.Sign(payload), (int)settings.TokenLifetime.TotalSeconds, Scope);
    }

    private static JsonObject Roles(IEnumerable<string> roles) => new() { ["roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]) };
}

internal sealed record IssuedToken(string AccessToken, int ExpiresIn, string Scope);
