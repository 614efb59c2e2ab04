using System.Buffers.Text;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ledningssystem.DevTokenIssuer.Login;
using Ledningssystem.DevTokenIssuer.Realm;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Ledningssystem.DevTokenIssuer.Tokens;

/// <summary>
/// <c>POST /realms/{realm}/protocol/openid-connect/token</c> as Keycloak answers it: <c>grant_type=password</c>
/// for the demo users through a public client, <c>grant_type=client_credentials</c> for service accounts
/// (secret in the form or as HTTP Basic), <c>grant_type=authorization_code</c> with the PKCE verifier for the web
/// client's browser login, <c>grant_type=refresh_token</c> while that login lasts, and Keycloak's error bodies.
/// The web client's origins may call it from the browser (CORS).
/// </summary>
internal sealed partial class TokenEndpoint(DemoRealm realm, AccessTokenFactory tokens, LoginSessions sessions, IOptions<IssuerSettings> options)
{
    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "Expected application/x-www-form-urlencoded");
        }
        AllowWebOrigin(request);
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var (clientId, secret) = ClientOf(request, form);
        return form["grant_type"].ToString() switch
        {
            "password" => Password(clientId, form["username"], form["password"]),
            "client_credentials" => ServiceAccount(clientId, secret),
            "authorization_code" => Code(clientId, form),
            "refresh_token" => Refresh(clientId, form["refresh_token"].ToString()),
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
        if (user is null || !Secrets.AreEqual(password.ToString(), realm.DemoPassword))
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_grant", "Invalid user credentials");
        }
        return Issued(tokens.Issue(user, clientId, serviceAccount: false));
    }

    private IResult Code(string? clientId, IFormCollection form)
    {
        if (clientId != options.Value.WebClientId)
        {
            return InvalidClient();
        }
        var grant = sessions.Redeem(form["code"].ToString());
        if (grant is null || grant.ClientId != clientId)
        {
            return InvalidGrant("Code not valid");
        }
        if (grant.RedirectUri != form["redirect_uri"].ToString())
        {
            return InvalidGrant("Incorrect redirect_uri");
        }
        var verifier = form["code_verifier"].ToString();
        if (verifier.Length == 0)
        {
            return InvalidGrant("PKCE code verifier not specified");
        }
        if (!CodeVerifier().IsMatch(verifier))
        {
            return InvalidGrant("PKCE invalid code verifier");
        }
        var challenge = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(challenge), Encoding.ASCII.GetBytes(grant.CodeChallenge)))
        {
            return InvalidGrant("PKCE verification failed: Code mismatch");
        }
        var session = sessions.Touch(grant.Session.Id);
        return session is null ? InvalidGrant("Session not active") : LoginTokens(session, clientId, grant.OpenId, grant.Nonce);
    }

    private IResult Refresh(string? clientId, string refreshToken)
    {
        if (clientId != options.Value.WebClientId)
        {
            return InvalidClient();
        }
        var session = sessions.Refresh(refreshToken, clientId);
        return session is null ? InvalidGrant("Session not active") : LoginTokens(session, clientId, openId: true, nonce: null);
    }

    private IResult LoginTokens(LoginSession session, string clientId, bool openId, string? nonce)
    {
        var token = tokens.IssueForLogin(session.User, clientId, session.Id, openId, nonce);
        return Issued(token, new RefreshGrant(sessions.IssueRefreshToken(session, clientId), sessions.SecondsIdle, session.Id));
    }

    private void AllowWebOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (options.Value.WebOrigins.Contains(origin, StringComparer.Ordinal))
        {
            request.HttpContext.Response.Headers.AccessControlAllowOrigin = origin;
            request.HttpContext.Response.Headers.Vary = "Origin";
        }
    }

    private IResult ServiceAccount(string? clientId, string? secret)
    {
        var client = realm.ServiceAccounts.FirstOrDefault(c => c.ClientId == clientId);
        if (client is null || secret is null || !Secrets.AreEqual(secret, client.Secret))
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

    private static IResult Issued(IssuedToken token, RefreshGrant? refresh = null)
    {
        var body = new Dictionary<string, object>
        {
            ["access_token"] = token.AccessToken,
            ["expires_in"] = token.ExpiresIn,
            ["refresh_expires_in"] = refresh?.ExpiresIn ?? 0,
            ["token_type"] = "Bearer",
            ["not-before-policy"] = 0,
            ["scope"] = token.Scope,
        };
        if (token.IdToken is not null)
        {
            body["id_token"] = token.IdToken;
        }
        if (refresh is not null)
        {
            body["refresh_token"] = refresh.Token;
            body["session_state"] = refresh.SessionId;
        }
        return Results.Json(body);
    }

    private static IResult InvalidGrant(string description) => Error(StatusCodes.Status400BadRequest, "invalid_grant", description);

    // RFC 7636: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
    [GeneratedRegex("^[A-Za-z0-9._~-]{43,128}$")]
    private static partial Regex CodeVerifier();

    private sealed record RefreshGrant(string Token, int ExpiresIn, string SessionId);

    private static IResult InvalidClient() =>
        Error(StatusCodes.Status401Unauthorized, "invalid_client", "Invalid client or Invalid client credentials");

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
