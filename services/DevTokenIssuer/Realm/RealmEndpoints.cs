using System.Text.Json.Nodes;
using Ledningssystem.DevTokenIssuer.Login;
using Ledningssystem.DevTokenIssuer.Signing;
using Ledningssystem.DevTokenIssuer.Tokens;
using Microsoft.Extensions.Options;

namespace Ledningssystem.DevTokenIssuer.Realm;

/// <summary>The endpoints of a Keycloak realm that token validation, token requests and browser login use, at Keycloak's paths.</summary>
internal static class RealmEndpoints
{
    public static WebApplication MapRealm(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<IssuerSettings>>().Value;
        var realm = app.MapGroup($"/realms/{settings.Realm}");
        // Any origin may read the discovery document, as on Keycloak (the web app reads it before logging in).
        realm.MapGet("/.well-known/openid-configuration", (HttpResponse response) =>
        {
            response.Headers.AccessControlAllowOrigin = "*";
            return Results.Json(Discovery(settings.Issuer));
        });
        realm.MapGet("/protocol/openid-connect/certs", (SigningKey key) => Results.Json(new JsonObject { ["keys"] = new JsonArray(key.PublicJwk()) }));
        realm.MapPost("/protocol/openid-connect/token", (HttpRequest request, TokenEndpoint endpoint) => endpoint.HandleAsync(request))
            .DisableAntiforgery();
        realm.MapGet("/protocol/openid-connect/auth", (HttpContext context, AuthorizationEndpoint endpoint) => endpoint.Get(context));
        realm.MapPost("/protocol/openid-connect/auth", (HttpContext context, AuthorizationEndpoint endpoint) => endpoint.PostAsync(context))
            .DisableAntiforgery();
        realm.MapMethods("/protocol/openid-connect/logout", ["GET", "POST"], (HttpContext context, LogoutEndpoint endpoint) => endpoint.Handle(context));
        return app;
    }

    private static JsonObject Discovery(string issuer) => new()
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = $"{issuer}/protocol/openid-connect/auth",
        ["token_endpoint"] = $"{issuer}/protocol/openid-connect/token",
        ["end_session_endpoint"] = $"{issuer}/protocol/openid-connect/logout",
        ["jwks_uri"] = $"{issuer}/protocol/openid-connect/certs",
        ["grant_types_supported"] = new JsonArray("authorization_code", "refresh_token", "password", "client_credentials"),
        ["response_types_supported"] = new JsonArray("code"),
        ["response_modes_supported"] = new JsonArray("query"),
        ["code_challenge_methods_supported"] = new JsonArray("S256"),
        ["scopes_supported"] = new JsonArray("openid", "profile", "email", "organization"),
        ["subject_types_supported"] = new JsonArray("public"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("none", "client_secret_basic", "client_secret_post"),
    };
}
