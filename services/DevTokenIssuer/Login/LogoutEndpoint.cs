using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Ledningssystem.DevTokenIssuer.Login;

/// <summary>
/// <c>/realms/{realm}/protocol/openid-connect/logout</c> (RP-initiated logout) as Keycloak answers it: ends the
/// browser's login (its refresh tokens stop working) and sends the browser to <c>post_logout_redirect_uri</c>,
/// which must be one of the client's registered URIs exactly and needs <c>client_id</c> or <c>id_token_hint</c>.
/// </summary>
internal sealed class LogoutEndpoint(LoginSessions sessions, IOptions<IssuerSettings> options)
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
}
