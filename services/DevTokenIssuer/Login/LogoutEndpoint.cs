using System.Text.Json.Nodes;
using Ledningssystem.DevTokenIssuer.Signing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Ledningssystem.DevTokenIssuer.Login;

/// <summary>
/// <c>/realms/{realm}/protocol/openid-connect/logout</c> (RP-initiated logout) as Keycloak answers it: ends the
/// browser's login (its refresh tokens stop working) and sends the browser to <c>post_logout_redirect_uri</c>,
/// which must be one of the client's registered URIs exactly and needs <c>client_id</c> or <c>id_token_hint</c>.
/// An <c>id_token_hint</c> must be an ID token this issuer signed (expired ones too) for the client named by
/// <c>client_id</c>, if any; otherwise the logout is refused ("Invalid parameter: id_token_hint" in Keycloak). The
/// login the hint names (its <c>sid</c>) ends too, even when the browser no longer sends the login cookie.
/// </summary>
internal sealed class LogoutEndpoint(LoginSessions sessions, SigningKey key, IOptions<IssuerSettings> options)
{
    public IResult Handle(HttpContext context)
    {
        var query = context.Request.Query;
        var redirect = query["post_logout_redirect_uri"].FirstOrDefault();
        var settings = options.Value;
        if (redirect is not null && (!settings.WebRedirectUris.Contains(redirect, StringComparer.Ordinal)
            || (query["client_id"].FirstOrDefault() != settings.WebClientId && string.IsNullOrEmpty(query["id_token_hint"]))))
        {
            return LoginPage.Error("Ogiltig parameter: post_logout_redirect_uri.");
        }
        var hint = query["id_token_hint"].FirstOrDefault();
        var hinted = string.IsNullOrEmpty(hint) ? null : IdTokenOf(hint, query["client_id"].FirstOrDefault());
        if (!string.IsNullOrEmpty(hint) && hinted is null)
        {
            return LoginPage.Error("Ogiltig parameter: id_token_hint.");
        }
        if (hinted?["sid"]?.GetValue<string>() is { } hintedSession)
        {
            sessions.End(hintedSession);
        }
        if (context.Request.Cookies[AuthorizationEndpoint.SessionCookie] is { } sessionId)
        {
            sessions.End(sessionId);
            context.Response.Cookies.Delete(AuthorizationEndpoint.SessionCookie, new CookieOptions { Path = $"/realms/{settings.Realm}/" });
        }
        if (redirect is null)
        {
            return LoginPage.Message("Utloggad", "Du är utloggad.");
        }
        var state = query["state"].FirstOrDefault();
        return Results.Redirect(state is null ? redirect : QueryHelpers.AddQueryString(redirect, "state", state));
    }

    /// <summary>The hint's claims when it is an ID token of this issuer for the web client (and for <paramref name="clientId"/> when given).</summary>
    private JsonObject? IdTokenOf(string hint, string? clientId)
    {
        var settings = options.Value;
        var claims = key.VerifiedPayload(hint);
        var audience = claims?["aud"]?.GetValue<string>();
        return claims?["typ"]?.GetValue<string>() == "ID" && claims["iss"]?.GetValue<string>() == settings.Issuer
            && audience == settings.WebClientId && (clientId is null || clientId == audience)
            ? claims
            : null;
    }
}
