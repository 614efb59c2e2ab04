using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Ledningssystem.DevTokenIssuer.Realm;

namespace Ledningssystem.DevTokenIssuer.Login;

/// <summary>
/// The issuer's login page in Swedish: the form (user name and password) and the demo users to pick from, each a
/// one-click form with the demo password. Every value is HTML-encoded; no script.
/// </summary>
internal static class LoginPage
{
    // Å, ä and ö as themselves; markup characters and quotes still encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly Dictionary<string, string> RoleNames = new(StringComparer.Ordinal)
    {
        ["Employee"] = "medarbetare", ["LicensedProfessional"] = "legitimerad personal", ["UnitManager"] = "enhetschef",
        ["AreaManager"] = "områdeschef", ["HealthCareManager"] = "verksamhetschef", ["Mas"] = "MAS", ["Mar"] = "MAR",
        ["QualityDeveloper"] = "kvalitetsutvecklare", ["AdministrationHead"] = "förvaltningschef", ["Committee"] = "nämnd",
        ["TenantAdmin"] = "administratör", ["RegionAdmin"] = "regionadministratör",
    };

    public static IResult Login(string action, AuthorizationRequest request, DemoRealm realm, IEnumerable<string> formTargets, string? error = null, string? username = null)
    {
        var html = new StringBuilder();
        html.Append("<h1>Logga in i Ledningssystem</h1>");
        html.Append("<p>Utvecklingsinloggning: demoanvändarna har lösenordet <strong>demo</strong>. I drift loggar du in via Keycloak.</p>");
        if (error is not null)
        {
            html.Append("<p role=\"alert\" class=\"error\">").Append(Encode(error)).Append("</p>");
        }
        html.Append("<form method=\"post\" action=\"").Append(Encode(action)).Append("\">");
        AppendHidden(html, request);
        html.Append("<label for=\"username\">Användarnamn</label>")
            .Append("<input id=\"username\" name=\"username\" autocomplete=\"username\" required value=\"").Append(Encode(username ?? "")).Append("\">")
            .Append("<label for=\"password\">Lösenord</label>")
            .Append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
            .Append("<button type=\"submit\">Logga in</button></form>");
        html.Append("<h2>Demoanvändare</h2><ul class=\"users\">");
        var tenants = realm.Tenants.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);
        foreach (var user in realm.Users)
        {
            html.Append("<li><form method=\"post\" action=\"").Append(Encode(action)).Append("\">");
            AppendHidden(html, request);
            html.Append("<input type=\"hidden\" name=\"username\" value=\"").Append(Encode(user.Username)).Append("\">")
                .Append("<input type=\"hidden\" name=\"password\" value=\"").Append(Encode(realm.DemoPassword)).Append("\">")
                .Append("<button type=\"submit\">").Append(Encode(user.DisplayName)).Append("</button> ")
                .Append(Encode($"{user.Username}, {RoleNames.GetValueOrDefault(user.Role, user.Role)}, {tenants.GetValueOrDefault(user.Tenant, user.Tenant)}"))
                .Append("</form></li>");
        }
        html.Append("</ul>");
        return Page("Logga in", html.ToString(), StatusCodes.Status200OK, formTargets);
    }

    public static IResult Error(string message) => Message("Inloggningen misslyckades", message, StatusCodes.Status400BadRequest);

    public static IResult Message(string title, string text, int status = StatusCodes.Status200OK) =>
        Page(title, $"<h1>{Encode(title)}</h1><p role=\"alert\">{Encode(text)}</p>", status, []);

    private static void AppendHidden(StringBuilder html, AuthorizationRequest request)
    {
        foreach (var (name, value) in request.Fields())
        {
            html.Append("<input type=\"hidden\" name=\"").Append(Encode(name)).Append("\" value=\"").Append(Encode(value)).Append("\">");
        }
    }

    /// <summary>The page, with a CSP that allows its own form to post here and the redirect after it to the web app.</summary>
    private static PageResult Page(string title, string body, int status, IEnumerable<string> formTargets) => new PageResult(
        $$"""
        <!DOCTYPE html>
        <html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(title)}} – Ledningssystem</title>
        <style>
        body{font-family:system-ui,sans-serif;max-width:36rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1a1a1a}
        label{display:block;margin-top:.75rem;font-weight:600}input{font-size:1rem;padding:.5rem;width:100%;box-sizing:border-box}
        button{font-size:1rem;padding:.5rem 1rem;margin-top:.75rem;background:#0b5394;color:#fff;border:0;border-radius:4px}
        button:focus-visible,input:focus-visible{outline:3px solid #f6b73c;outline-offset:2px}
        .users{list-style:none;padding:0}.users button{margin-right:.5rem}.error{color:#a4000f;font-weight:600}
        </style></head>
        <body><main>{{body}}</main></body></html>
        """,
        status,
        $"default-src 'none'; style-src 'unsafe-inline'; form-action 'self' {string.Join(' ', formTargets)}; frame-ancestors 'none'; base-uri 'none'");

    private static string Encode(string value) => Html.Encode(value);

    private sealed class PageResult(string html, int status, string contentSecurityPolicy) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
            context.Response.Headers.CacheControl = "no-store";
            return context.Response.WriteAsync(html);
        }
    }
}
