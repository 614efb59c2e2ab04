using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Ledningssystem.DevTokenIssuer.Realm;
using Microsoft.Extensions.Primitives;

namespace Ledningssystem.DevTokenIssuer.Tokens;

/// <summary>
/// <c>POST /realms/{realm}/protocol/openid-connect/token</c> as Keycloak answers it: <c>grant_type=password</c>
/// for the demo users through a public client, <c>grant_type=client_credentials</c> for service accounts
/// (secret in the form or as HTTP Basic), and Keycloak's error bodies. No refresh tokens: ask again.
/// </summary>
internal sealed class TokenEndpoint(DemoRealm realm, AccessTokenFactory tokens)
{
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Expected application/x-www-form-urlencoded");
        }
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var (clientId, secret) = ClientOf(request, form);
        return form["grant_type"].ToString() switch
        {
            "password" => Password(clientId, form["username"], form["password"]),
            "client_credentials" => ServiceAccount(clientId, secret),
            _ => Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Unsupported grant_type"),
        };
    }

    private IResult Password(string? clientId, StringValues username, StringValues password)
    {
        if (clientId is null || !realm.PasswordClients.Contains(clientId))
        {
            return InvalidClient();
        }
        var user = realm.FindUser(username.ToString());
        if (user is null || !SecretEquals(password.ToString(), realm.DemoPassword))
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_grant", "Invalid user credentials");
        }
        return Issued(tokens.Issue(user, clientId, serviceAccount: false));
    }

    private IResult ServiceAccount(string? clientId, string? secret)
    {
        var client = realm.ServiceAccounts.FirstOrDefault(c => c.ClientId == clientId);
        if (client is null || secret is null || !SecretEquals(secret, client.Secret))
        {
            return InvalidClient();
        }
        return Issued(tokens.Issue(client.Account, client.ClientId, serviceAccount: true));
    }

    private static (string? ClientId, string? Secret) ClientOf(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split(':', 2);
                return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (null, null);
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }
        return (NullIfEmpty(form["client_id"]), NullIfEmpty(form["client_secret"]));
    }

    private static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();

    private static bool SecretEquals(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static IResult Issued(IssuedToken token) => Results.Json(new Dictionary<string, object>
    {
        ["access_token"] = token.AccessToken,
        ["expires_in"] = token.ExpiresIn,
        ["refresh_expires_in"] = 0,
        ["token_type"] = "Bearer",
        ["not-before-policy"] = 0,
        ["scope"] = token.Scope,
    });

    private static IResult InvalidClient() =>
        Error(StatusCodes.Status401Unauthorized, "invalid_client", "Invalid client or Invalid client credentials");

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
