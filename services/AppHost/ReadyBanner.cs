using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ledningssystem.AppHost;

/// <summary>
/// What a person needs once the platform is up: the gateway's addresses, how to get a demo user's token (the
/// users read from the development issuer's realm file) and one call through the gateway that needs nothing but curl.
/// </summary>
internal static class ReadyBanner
{
    public const string Marker = "Plattformen är igång.";

    public static string Render(PlatformOptions options, string repositoryRoot, TimeSpan elapsed)
    {
        var authority = options.Environment.GetValueOrDefault("Identity__Authority", "").TrimEnd('/');
        var users = DemoUsers(Path.Combine(repositoryRoot, "services", "DevTokenIssuer", "demo-realm.json"));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Marker} ({elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"  Gateway, gRPC (HTTP/2):                        {options.GatewayGrpcAddress}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Gateway, webbläsare (gRPC-Web, Connect, webb): {options.GatewayWebAddress}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Webbappen (logga in som en demoanvändare):     {options.GatewayWebAddress}/");
        text.AppendLine();
        text.AppendLine("  Token för en demoanvändare (lösenord \"demo\" för alla):");
        text.AppendLine(CultureInfo.InvariantCulture, $"    TOKEN=$(curl -s -d grant_type=password -d client_id=ledningssystem-web -d username=anna.andersson -d password=demo \\");
        text.AppendLine(CultureInfo.InvariantCulture, $"      {authority}/protocol/openid-connect/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        text.AppendLine();
        text.AppendLine("  Demoanvändare (username: huvudman, roll):");
        foreach (var user in users)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"    {user.UserName,-16} {user.Tenant,-22} {user.Role}");
        }
        text.AppendLine();
        text.AppendLine("  Ett anrop genom gatewayen med bara curl (Connect, JSON över HTTP/1.1; enheterna användaren ser):");
        text.AppendLine("    curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d '{\"pageSize\":5}' \\");
        text.AppendLine(CultureInfo.InvariantCulture, $"      {options.GatewayWebAddress}/ledningssystem.organizations.v1.UnitService/ListUnits");
        text.AppendLine();
        text.Append("  Ctrl-C stoppar allt.");
        return text.ToString();
    }

    private static List<(string UserName, string Tenant, string Role)> DemoUsers(string realmFile)
    {
        if (!File.Exists(realmFile))
        {
            return [];
        }
        using var realm = JsonDocument.Parse(File.ReadAllText(realmFile));
        return [.. realm.RootElement.GetProperty("users").EnumerateArray().Select(u => (
            u.GetProperty("username").GetString() ?? "",
            u.GetProperty("tenant").GetString() ?? "",
            u.GetProperty("role").GetString() ?? ""))];
    }
}
