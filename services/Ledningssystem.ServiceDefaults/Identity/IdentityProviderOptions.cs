namespace Ledningssystem.ServiceDefaults.Identity;

/// <summary>Where tokens come from and whom they must be for, bound from the "Identity" configuration section.</summary>
public sealed class IdentityProviderOptions
{
    public const string SectionName = "Identity";

    /// <summary>
    /// The realm's issuer, <c>{keycloak}/realms/{realm}</c>; its discovery document and JWKS are fetched from
    /// there, and tokens must name exactly it as <c>iss</c>.
    /// </summary>
    public string Authority { get; set; } = "";

    /// <summary>The <c>aud</c> every token must carry (Keycloak: an audience mapper on the clients' scope).</summary>
    public string Audience { get; set; } = "";

    /// <summary>The client whose roles under <c>resource_access.{ClientId}.roles</c> count; empty means <see cref="Audience"/>.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Refuse a discovery document or JWKS over plain HTTP. Only a loopback development issuer sets this false.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    internal string EffectiveClientId => ClientId.Length > 0 ? ClientId : Audience;
}
