using Microsoft.AspNetCore.WebUtilities;

namespace Ledningssystem.DevTokenIssuer.Login;

/// <summary>
/// The parameters of an OpenID Connect authorization request (query on GET, form on POST from the login page),
/// checked as Keycloak checks them for a public client with PKCE required ("S256"): an unknown client or a redirect
/// URI that is not registered exactly gets an error page; every other fault goes back to the redirect URI.
/// </summary>
internal sealed record AuthorizationRequest(
    string ClientId, string RedirectUri, string ResponseType, string? Scope, string? State, string? Nonce,
    string? CodeChallenge, string? CodeChallengeMethod, string? Prompt)
{
    public static AuthorizationRequest From(Func<string, string?> parameter) => new(
        parameter("client_id") ?? "", parameter("redirect_uri") ?? "", parameter("response_type") ?? "",
        parameter("scope"), parameter("state"), parameter("nonce"),
        parameter("code_challenge"), parameter("code_challenge_method"), parameter("prompt"));

    /// <summary>The page's text when the request cannot even be answered at its redirect URI.</summary>
    public string? PageError(IssuerSettings settings) =>
        ClientId != settings.WebClientId ? "Klienten finns inte (client_id)."
        : !settings.WebRedirectUris.Contains(RedirectUri, StringComparer.Ordinal) ? "Ogiltig parameter: redirect_uri."
        : null;

    /// <summary>OAuth's error code and Keycloak's description for a request answered at the redirect URI.</summary>
    public (string Error, string Description)? RedirectError() =>
        ResponseType != "code" ? ("unsupported_response_type", "Client is not allowed to initiate browser login with given response_type. Standard flow is disabled for the client.")
        : string.IsNullOrEmpty(CodeChallenge) ? ("invalid_request", "Missing parameter: code_challenge")
        : CodeChallengeMethod != "S256" ? ("invalid_request", "Invalid parameter: code challenge method is not configured one")
        : null;

    public bool WantsIdToken => Scope?.Split(' ').Contains("openid") == true;

    /// <summary>The redirect URI with the answer's parameters (and <c>state</c> as given) in its query.</summary>
    public string Answer(IEnumerable<KeyValuePair<string, string?>> parameters) =>
        QueryHelpers.AddQueryString(RedirectUri, State is null ? parameters : parameters.Append(new("state", State)));

    /// <summary>The parameters again, as the login page's hidden fields carry them.</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields() =>
        new Dictionary<string, string?>
        {
            ["client_id"] = ClientId, ["redirect_uri"] = RedirectUri, ["response_type"] = ResponseType, ["scope"] = Scope,
            ["state"] = State, ["nonce"] = Nonce, ["code_challenge"] = CodeChallenge, ["code_challenge_method"] = CodeChallengeMethod,
        }.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!));
}
