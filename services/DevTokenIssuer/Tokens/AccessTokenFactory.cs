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
    private const string OpenIdScope = "openid " + Scope;

    public IssuedToken Issue(DemoUser user, string clientId, bool serviceAccount) => Issue(user, clientId, serviceAccount, sessionId: null);

    /// <summary>
    /// The tokens of a browser login: the access token with the login's <c>sid</c>, and with scope <c>openid</c> an
    /// ID token (<c>typ</c> "ID", audience the client, the request's <c>nonce</c>).
    /// </summary>
    public IssuedToken IssueForLogin(DemoUser user, string clientId, string sessionId, bool openId, string? nonce)
    {
        var access = Issue(user, clientId, serviceAccount: false, sessionId);
        if (!openId)
        {
            return access;
        }
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var idToken = new JsonObject
        {
            ["exp"] = (now + settings.TokenLifetime).ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
            ["iss"] = settings.Issuer,
            ["aud"] = clientId,
            ["sub"] = user.Sub,
            ["typ"] = "ID",
            ["azp"] = clientId,
            ["sid"] = sessionId,
            ["name"] = user.DisplayName,
            ["preferred_username"] = user.Username,
            ["organization"] = new JsonArray(user.Tenant),
        };
        if (nonce is not null)
        {
            idToken["nonce"] = nonce;
        }
        return access with { IdToken = key.Sign(idToken), Scope = OpenIdScope };
    }

    private IssuedToken Issue(DemoUser user, string clientId, bool serviceAccount, string? sessionId)
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
        if (sessionId is not null)
        {
            payload["sid"] = sessionId;
        }
        return new IssuedToken(key.Sign(payload), (int)settings.TokenLifetime.TotalSeconds, Scope);
    }

    private static JsonObject Roles(IEnumerable<string> roles) => new() { ["roles"] = new JsonArray([.. roles.Select(r => JsonValue.Create(r))]) };
}

internal sealed record IssuedToken(string AccessToken, int ExpiresIn, string Scope)
{
    public string? IdToken { get; init; }
}
