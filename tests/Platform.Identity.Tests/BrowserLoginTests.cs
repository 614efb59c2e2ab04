using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ledningssystem.Identity.Tests.Records;
using Ledningssystem.Identity.Tests.Server;
using Ledningssystem.Identity.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace Ledningssystem.Identity.Tests;

/// <summary>
/// The development issuer's browser login as Keycloak's for the public client ledningssystem-web: authorization code
/// with PKCE (S256), exact redirect URIs, refresh tokens, the login cookie and logout, over real HTTP.
/// </summary>
[Collection(DevTokenIssuerGroup.Name)]
public sealed class BrowserLoginTests(DevTokenIssuerPlatform platform)
{
    private const string Client = "ledningssystem-web";
    private const string RedirectUri = "http://127.0.0.1:8081/"; // the issuer's default registration: the gateway's browser port

    [Fact]
    public async Task Discovery_advertises_the_code_flow_with_s256_and_logout_to_any_origin()
    {
        using var browser = new Browser();
        using var response = await browser.Http.GetAsync(new Uri($"{platform.Issuer}/.well-known/openid-configuration"));
        using var discovery = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = discovery.RootElement;

        Assert.Equal(["*"], response.Headers.GetValues("Access-Control-Allow-Origin")); // the web app reads it before logging in

        Assert.Equal($"{platform.Issuer}/protocol/openid-connect/auth", root.GetProperty("authorization_endpoint").GetString());
        Assert.Equal($"{platform.Issuer}/protocol/openid-connect/logout", root.GetProperty("end_session_endpoint").GetString());
        Assert.Equal(["S256"], root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("code", root.GetProperty("response_types_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("refresh_token", root.GetProperty("grant_types_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_demo_user_logs_in_with_pkce_and_her_token_is_accepted_by_a_service()
    {
        using var browser = new Browser();
        var pkce = new Pkce();
        using var page = await browser.Http.GetAsync(AuthorizeUri(pkce, state: "s1", nonce: "n1"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Logga in", html, StringComparison.Ordinal);
        Assert.Contains("Erik Eriksson", html, StringComparison.Ordinal);

        var answer = await browser.LogInAsync(platform.Issuer, pkce, "erik.eriksson", "s1", "n1");
        Assert.Equal("s1", answer["state"]);
        Assert.Equal(platform.Issuer, answer["iss"]);

        using var tokens = await browser.RedeemAsync(platform.Issuer, answer["code"], pkce.Verifier);
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        using var body = JsonDocument.Parse(await tokens.Content.ReadAsStringAsync());
        var idToken = TokenForge.PayloadOf(body.RootElement.GetProperty("id_token").GetString()!);
        Assert.Equal("n1", idToken["nonce"]!.GetValue<string>());
        Assert.Equal(Client, idToken["aud"]!.GetValue<string>());
        Assert.Equal("ID", idToken["typ"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("refresh_token").GetString()));
        var me = await platform.Server.Client.WhoAmIAsync(new WhoAmIRequest(), RecordsServer.Bearer(body.RootElement.GetProperty("access_token").GetString()));
        Assert.Equal("erik.eriksson", me.UserName);
        Assert.Equal("aldrenamnden", me.TenantId);
    }

    [Fact]
    public async Task A_code_works_once_and_only_with_its_verifier_and_redirect_uri()
    {
        using var browser = new Browser();
        var pkce = new Pkce();
        var wrongVerifier = await browser.RedeemAsync(platform.Issuer, (await browser.LogInAsync(platform.Issuer, pkce, "anna.andersson"))["code"], new Pkce().Verifier);
        var code = (await browser.LogInAsync(platform.Issuer, pkce, "anna.andersson"))["code"];
        var wrongRedirect = await browser.RedeemAsync(platform.Issuer, code, pkce.Verifier, "http://127.0.0.1:8081/annat");
        code = (await browser.LogInAsync(platform.Issuer, pkce, "anna.andersson"))["code"];
        var first = await browser.RedeemAsync(platform.Issuer, code, pkce.Verifier);
        var second = await browser.RedeemAsync(platform.Issuer, code, pkce.Verifier);

        Assert.Equal("PKCE verification failed: Code mismatch", await ErrorDescriptionAsync(wrongVerifier));
        Assert.Equal("Incorrect redirect_uri", await ErrorDescriptionAsync(wrongRedirect));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Code not valid", await ErrorDescriptionAsync(second));
    }

    [Fact]
    public async Task A_redirect_uri_not_registered_exactly_gets_an_error_page_and_no_redirect()
    {
        using var browser = new Browser();
        var pkce = new Pkce();

        foreach (var uri in new[] { "http://127.0.0.1:8081/annat", "http://127.0.0.1:8081", "http://evil.example/" })
        {
            using var response = await browser.Http.GetAsync(AuthorizeUri(pkce, redirectUri: uri));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Contains("redirect_uri", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pkce_is_required_and_only_s256_accepted()
    {
        using var browser = new Browser();
        var pkce = new Pkce();

        using var missing = await browser.Http.GetAsync(new Uri(AuthorizeUri(pkce, state: "x").ToString().Replace("code_challenge=", "nochallenge=", StringComparison.Ordinal)));
        using var plain = await browser.Http.GetAsync(new Uri(AuthorizeUri(pkce, state: "y").ToString().Replace("method=S256", "method=plain", StringComparison.Ordinal)));

        var missingAnswer = QueryHelpers.ParseQuery(missing.Headers.Location!.Query);
        Assert.Equal("invalid_request", missingAnswer["error"]);
        Assert.Equal("x", missingAnswer["state"]);
        Assert.Equal("invalid_request", QueryHelpers.ParseQuery(plain.Headers.Location!.Query)["error"]);
    }

    [Fact]
    public async Task A_wrong_password_shows_the_login_page_again_with_a_swedish_message()
    {
        using var browser = new Browser();
        var pkce = new Pkce();
        var form = new Dictionary<string, string>(AuthorizeParameters(pkce, RedirectUri, "s", "n")) { ["username"] = "erik.eriksson", ["password"] = "fel" };

        using var response = await browser.Http.PostAsync(new Uri($"{platform.Issuer}/protocol/openid-connect/auth"), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fel användarnamn eller lösenord.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_cookie_answers_at_once_and_refresh_works_until_logout()
    {
        using var browser = new Browser();
        var pkce = new Pkce();
        using var tokens = await browser.RedeemAsync(platform.Issuer, (await browser.LogInAsync(platform.Issuer, pkce, "maria.mattsson"))["code"], pkce.Verifier);
        var refreshToken = JsonDocument.Parse(await tokens.Content.ReadAsStringAsync()).RootElement.GetProperty("refresh_token").GetString()!;

        using var silent = await browser.Http.GetAsync(AuthorizeUri(pkce, prompt: "none"));
        using var refreshed = await browser.RefreshAsync(platform.Issuer, refreshToken);
        using var badLogout = await browser.Http.GetAsync(new Uri($"{platform.Issuer}/protocol/openid-connect/logout?client_id={Client}&post_logout_redirect_uri=http://evil.example/"));
        using var logout = await browser.Http.GetAsync(new Uri($"{platform.Issuer}/protocol/openid-connect/logout?client_id={Client}&post_logout_redirect_uri={Uri.EscapeDataString(RedirectUri)}"));
        using var afterLogout = await browser.RefreshAsync(platform.Issuer, refreshToken);
        using var silentAfterLogout = await browser.Http.GetAsync(AuthorizeUri(pkce, prompt: "none"));

        Assert.Contains("code", QueryHelpers.ParseQuery(silent.Headers.Location!.Query).Keys);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLogout.StatusCode);
        Assert.Equal(new Uri(RedirectUri), logout.Headers.Location);
        Assert.Equal("Session not active", await ErrorDescriptionAsync(afterLogout));
        Assert.Equal("login_required", QueryHelpers.ParseQuery(silentAfterLogout.Headers.Location!.Query)["error"]);
    }

    [Fact]
    public async Task Logout_honours_id_token_hint_as_Keycloak_does_and_refuses_a_hint_it_did_not_issue()
    {
        using var browser = new Browser();
        var pkce = new Pkce();
        using var tokens = await browser.RedeemAsync(platform.Issuer, (await browser.LogInAsync(platform.Issuer, pkce, "vera.viklund"))["code"], pkce.Verifier);
        using var body = JsonDocument.Parse(await tokens.Content.ReadAsStringAsync());
        var refreshToken = body.RootElement.GetProperty("refresh_token").GetString()!;
        var idToken = body.RootElement.GetProperty("id_token").GetString()!;
        var forged = idToken[..idToken.LastIndexOf('.')] + ".c2lnbmF0dXJl";
        Uri Logout(string hint, string clientId = Client) => new($"{platform.Issuer}/protocol/openid-connect/logout?client_id={clientId}"
            + $"&post_logout_redirect_uri={Uri.EscapeDataString(RedirectUri)}&id_token_hint={hint}");

        // Another browser (no login cookie): the hint alone names the login to end, as in Keycloak.
        using var elsewhere = new Browser();
        using var forgedLogout = await elsewhere.Http.GetAsync(Logout(forged));
        using var otherClient = await elsewhere.Http.GetAsync(Logout(idToken, clientId: "ledningssystem-integration"));
        using var stillRefreshes = await browser.RefreshAsync(platform.Issuer, refreshToken);
        using var logout = await elsewhere.Http.GetAsync(Logout(idToken));
        using var afterLogout = await browser.RefreshAsync(platform.Issuer, refreshToken);

        Assert.Equal(HttpStatusCode.BadRequest, forgedLogout.StatusCode);
        Assert.Contains("id_token_hint", await forgedLogout.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, otherClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillRefreshes.StatusCode);
        Assert.Equal(new Uri(RedirectUri), logout.Headers.Location);
        Assert.Equal("Session not active", await ErrorDescriptionAsync(afterLogout));
    }

    [Fact]
    public async Task The_token_endpoint_answers_the_web_apps_origin_only()
    {
        using var browser = new Browser();
        var pkce = new Pkce();
        var code = (await browser.LogInAsync(platform.Issuer, pkce, "anna.andersson"))["code"];

        using var fromWebApp = await browser.RedeemAsync(platform.Issuer, code, pkce.Verifier, origin: "http://127.0.0.1:8081");
        using var fromElsewhere = await browser.RefreshAsync(platform.Issuer, "x", origin: "http://evil.example");

        Assert.Equal(["http://127.0.0.1:8081"], fromWebApp.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.False(fromElsewhere.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private Uri AuthorizeUri(Pkce pkce, string redirectUri = RedirectUri, string state = "state", string nonce = "nonce", string? prompt = null)
    {
        var parameters = AuthorizeParameters(pkce, redirectUri, state, nonce);
        if (prompt is not null)
        {
            parameters["prompt"] = prompt;
        }
        return new Uri(QueryHelpers.AddQueryString($"{platform.Issuer}/protocol/openid-connect/auth", parameters!));
    }

    private static Dictionary<string, string> AuthorizeParameters(Pkce pkce, string redirectUri, string state, string nonce) => new()
    {
        ["client_id"] = Client, ["redirect_uri"] = redirectUri, ["response_type"] = "code", ["scope"] = "openid",
        ["state"] = state, ["nonce"] = nonce, ["code_challenge"] = pkce.Challenge, ["code_challenge_method"] = "S256",
    };

    private static async Task<string?> ErrorDescriptionAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_grant", body.RootElement.GetProperty("error").GetString());
        return body.RootElement.GetProperty("error_description").GetString();
    }

    /// <summary>A PKCE verifier and its S256 challenge, as the web app makes them.</summary>
    private sealed class Pkce
    {
        public string Verifier { get; } = Base64Url(RandomNumberGenerator.GetBytes(32));

        public string Challenge => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

        private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
    }

    /// <summary>A browser's view: its cookies kept, redirects not followed (the test reads them).</summary>
    private sealed class Browser : IDisposable
    {
        public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            Timeout = TimeSpan.FromSeconds(20),
        };

        /// <summary>Posts the login form and returns the parameters of the redirect back to the web app.</summary>
        public async Task<Dictionary<string, string>> LogInAsync(string issuer, Pkce pkce, string username, string state = "state", string nonce = "nonce")
        {
            var form = new Dictionary<string, string>(AuthorizeParameters(pkce, RedirectUri, state, nonce)) { ["username"] = username, ["password"] = "demo" };
            using var response = await Http.PostAsync(new Uri($"{issuer}/protocol/openid-connect/auth"), new FormUrlEncodedContent(form));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!;
            Assert.Equal(RedirectUri, location.GetLeftPart(UriPartial.Path));
            return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
        }

        public Task<HttpResponseMessage> RedeemAsync(string issuer, string code, string verifier, string redirectUri = RedirectUri, string? origin = null) =>
            PostTokenAsync(issuer, new() { ["grant_type"] = "authorization_code", ["client_id"] = Client, ["code"] = code, ["redirect_uri"] = redirectUri, ["code_verifier"] = verifier }, origin);

        public Task<HttpResponseMessage> RefreshAsync(string issuer, string refreshToken, string? origin = null) =>
            PostTokenAsync(issuer, new() { ["grant_type"] = "refresh_token", ["client_id"] = Client, ["refresh_token"] = refreshToken }, origin);

        public void Dispose() => Http.Dispose();

        private Task<HttpResponseMessage> PostTokenAsync(string issuer, Dictionary<string, string> form, string? origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{issuer}/protocol/openid-connect/token")) { Content = new FormUrlEncodedContent(form) };
            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }
            return Http.SendAsync(request);
        }
    }
}
