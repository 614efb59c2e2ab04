using Ledningssystem.DevTokenIssuer.Realm;
using Microsoft.Extensions.Options;

namespace Ledningssystem.DevTokenIssuer.Login;

/// <summary>
/// <c>/realms/{realm}/protocol/openid-connect/auth</c> as Keycloak answers a public client with PKCE (S256) required:
/// GET shows the login page, or with a live login (the session cookie) answers at once; POST checks the user's
/// password; either way the browser goes back to the exact registered redirect URI with <c>code</c>, <c>state</c>,
/// <c>session_state</c> and <c>iss</c>. <c>prompt=login</c> always asks; <c>prompt=none</c> never does
/// (<c>login_required</c> without a login).
/// </summary>
internal sealed class AuthorizationEndpoint(DemoRealm realm, LoginSessions sessions, IOptions<IssuerSettings> options)
{
    public const string SessionCookie = "KEYCLOAK_IDENTITY";

    private IssuerSettings Settings => options.Value;

    public IResult Get(HttpContext context)
    {
        var request = AuthorizationRequest.From(name => context.Request.Query[name].FirstOrDefault());
        if (Refusal(request) is { } refusal)
        {
            return refusal;
        }
        if (request.Prompt != "login" && sessions.Touch(context.Request.Cookies[SessionCookie]) is { } session)
        {
            return Redirect(request, session);
        }
        return request.Prompt == "none"
            ? Results.Redirect(request.Answer([new("error", "login_required"), new("error_description", "No active session")]))
            : LoginPage.Login(context.Request.Path, request, realm, Settings.WebOrigins);
    }

    public async Task<IResult> PostAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = AuthorizationRequest.From(name => form[name].FirstOrDefault());
        if (Refusal(request) is { } refusal)
        {
            return refusal;
        }
        var username = form["username"].ToString();
        var user = realm.FindUser(username);
        if (user is null || !Secrets.AreEqual(form["password"].ToString(), realm.DemoPassword))
        {
            return LoginPage.Login(context.Request.Path, request, realm, Settings.WebOrigins, "Fel användarnamn eller lösenord.", username);
        }
        var session = sessions.Start(user);
        context.Response.Cookies.Append(SessionCookie, session.Id, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Path = $"/realms/{Settings.Realm}/",
        });
        return Redirect(request, session);
    }

    private IResult? Refusal(AuthorizationRequest request)
    {
        if (request.PageError(Settings) is { } pageError)
        {
            return LoginPage.Error(pageError);
        }
        return request.RedirectError() is var (error, description)
            ? Results.Redirect(request.Answer([new("error", error), new("error_description", description)]))
            : null;
    }

    private IResult Redirect(AuthorizationRequest request, LoginSession session)
    {
        var code = sessions.IssueCode(session, request.ClientId, request.RedirectUri, request.CodeChallenge!, request.WantsIdToken, request.Nonce);
        return Results.Redirect(request.Answer([new("session_state", session.Id), new("iss", Settings.Issuer), new("code", code)]));
    }
}
