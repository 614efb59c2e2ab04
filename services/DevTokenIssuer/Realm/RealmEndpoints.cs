using System.Text.Json.Nodes;
using Ledningssystem.DevTokenIssuer.Signing;
using Ledningssystem.DevTokenIssuer.Tokens;
using Microsoft.Extensions.Options;

namespace Ledningssystem.DevTokenIssuer.Realm;

/// <summary>The three endpoints of a Keycloak realm that token validation and token requests use, at Keycloak's paths.</summary>
internal static class RealmEndpoints
{
    public static WebApplication MapRealm(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<IssuerSettings>>().Value;
        var realm = app.MapGroup($"/realms/{settings.Realm}");
        realm.MapGet("/.well-known/openid-configuration", () => Results.Json(Discovery(settings.Issuer)));
        realm.MapGet("/protocol/openid-connect/certs", (SigningKey key) => Results.Json(new JsonObject { ["keys"] = new JsonArray(key.PublicJwk()) }));
        realm.MapPost("/protocol/openid-connect/token", (HttpRequest request, TokenEndpoint endpoint) => endpoint.HandleAsync(request))
            .DisableAntiforgery();
        return app;
    }

    private static JsonObject Discovery(string issuer) => new()
    {
        ["issuer"] = issuer,
        ["token_endpoint"] = $"{issuer}/protocol/openid-connect/token",
        ["jwks_uri"] = $"{issuer}/protocol/openid-connect/certs",
        ["grant_types_supported"] = new JsonArray("password", "client_credentials"),
        ["response_types_supported"] = new JsonArray(),
        ["subject_types_supported"] = new JsonArray("public"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_post"),
    };
}
