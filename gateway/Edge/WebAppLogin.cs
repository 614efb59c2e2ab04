using System.Text.Json.Serialization;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Gateway.Edge;

/// <summary>
/// What the web app needs to log in, served as <c>/web-config.json</c> on the browser listener: the realm's issuer
/// (<c>Identity:Authority</c>, whose discovery document it reads) and its public client (<c>Gateway:WebClientId</c>).
/// The issuer's origin is added to the Content-Security-Policy's <c>connect-src</c>, where the app fetches its tokens.
/// </summary>
internal sealed class WebAppLogin(IOptions<IdentityProviderOptions> identity, IOptions<GatewayOptions> gateway)
{
    public const string Path = "/web-config.json";

    public WebAppConfig Config => new(identity.Value.Authority, gateway.Value.WebClientId);

    /// <summary>The gateway's CSP with the issuer's origin allowed for fetch, if the issuer lives elsewhere.</summary>
    public string ContentSecurityPolicy()
    {
        var policy = gateway.Value.ContentSecurityPolicy;
        return Uri.TryCreate(identity.Value.Authority, UriKind.Absolute, out var issuer)
            ? policy.Replace("connect-src 'self'", $"connect-src 'self' {issuer.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : policy;
    }
}

internal sealed record WebAppConfig(
    [property: JsonPropertyName("authority")] string Authority,
    [property: JsonPropertyName("clientId")] string ClientId);
