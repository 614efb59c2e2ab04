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

    /// <summary>What services configure as Identity:Authority, exactly.</summary>
    public string Issuer => $"http://127.0.0.1:{Port}/realms/{Realm}";
}
