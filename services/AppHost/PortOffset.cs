using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledningssystem.AppHost;

/// <summary>Moves every port of the platform's configuration by <see cref="PlatformOptions.PortOffset"/>.</summary>
internal static partial class PortOffset
{
    public static void Apply(PlatformOptions options)
    {
        var offset = options.PortOffset;
        if (offset == 0)
        {
            return;
        }
        Shift(options.Environment, offset);
        foreach (var service in options.Services)
        {
            Shift(service.Environment, offset);
            service.HealthUrl = service.HealthUrl is null ? null : InText(service.HealthUrl, offset);
        }
        options.GatewayGrpcAddress = InText(options.GatewayGrpcAddress, offset);
        options.GatewayWebAddress = InText(options.GatewayWebAddress, offset);
    }

    private static void Shift(Dictionary<string, string> environment, int offset)
    {
        foreach (var key in environment.Keys.ToList())
        {
            var value = environment[key];
            environment[key] = key.EndsWith("Port", StringComparison.Ordinal) && int.TryParse(value, CultureInfo.InvariantCulture, out var port)
                ? (port + offset).ToString(CultureInfo.InvariantCulture)
                : InText(value, offset);
        }
    }

    private static string InText(string value, int offset) =>
        LoopbackPort().Replace(value, match => $"{match.Groups[1].Value}:{(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) + offset).ToString(CultureInfo.InvariantCulture)}");

    [GeneratedRegex(@"\b(127\.0\.0\.1|localhost):(\d{2,5})\b")]
    private static partial Regex LoopbackPort();
}
