namespace Ledningssystem.DevTokenIssuer;

/// <summary>The "DevTokenIssuer" configuration section; <c>--port</c> on the command line sets the port.</summary>
internal sealed class IssuerSettings
{
    public const string SectionName = "DevTokenIssuer";

    public static readonly Dictionary<string, string> SwitchMappings = new() { ["--port"] = $"{SectionName}:{nameof(Port)}" };

    /// <summary>The loopback port; Keycloak's own default 8080 is often taken on a developer's machine.</summary>
    public int Port { get; set; } = 8180;

    public string Realm { get; set; } = "ledningssystem";

    /// <summary>The API's client: the tokens' audience and the key of their <c>resource_access</c> roles.</summary>
    public string Audience { get; set; } = "ledningssystem";

    /// <summary>Longer than Keycloak's 5 minutes, so a token fetched with curl lasts a working session.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Keycloak's "SSO Session Idle": how long a login (its session cookie and refresh tokens) lasts without use.
    /// </summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The public client browsers log in through (authorization code with PKCE), as in the demo realm.</summary>
    public string WebClientId { get; set; } = "ledningssystem-web";

    /// <summary>
    /// The web app's exact redirect URIs on the public client <c>ledningssystem-web</c> (Keycloak: "Valid redirect
    /// URIs", also "Valid post logout redirect URIs"); their origins are the client's web origins (CORS).
    /// </summary>
    public IList<string> WebRedirectUris { get; } = [];

    /// <summary>The web client's origins: where its token requests may come from (CORS) and the login page may lead.</summary>
    public IEnumerable<string> WebOrigins => WebRedirectUris.Select(uri => new Uri(uri).GetLeftPart(UriPartial.Authority)).Distinct();

    /// <summary>What services configure as Identity:Authority, exactly.</summary>
    public string Issuer => $"http://127.0.0.1:{Port}/realms/{Realm}";
}
