using System.Globalization;

namespace Ledningssystem.Testing;

/// <summary>The configuration tests host a platform service with in their own process.</summary>
public static class ServiceSettings
{
    /// <summary>
    /// Both endpoints on <paramref name="ports"/>, the test's database, the development token issuer, Direct event
    /// delivery to <paramref name="subscribers"/> with a fast relay, and only warnings in the log.
    /// </summary>
    public static Dictionary<string, string?> For(int[] ports, TestDatabase database, DevTokenIssuerProcess issuer, params Uri[] subscribers)
    {
        var settings = new Dictionary<string, string?>(issuer.IdentitySettings)
        {
            ["Rpc:GrpcPort"] = ports[0].ToString(CultureInfo.InvariantCulture),
            ["Rpc:WebPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            ["Database:Provider"] = database.ProviderSetting,
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Events:Mode"] = "Direct",
            ["Events:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var i = 0; i < subscribers.Length; i++)
        {
            settings[$"Events:Subscribers:{i}"] = subscribers[i].ToString();
        }
        return settings;
    }
}
