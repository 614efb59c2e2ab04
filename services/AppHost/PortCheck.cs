using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ledningssystem.AppHost;

/// <summary>
/// Finds the platform's ports that another program already listens on, before anything starts: otherwise a second
/// launcher would see the first platform's health answers, report itself ready and then lose its processes.
/// </summary>
internal static class PortCheck
{
    /// <summary>"name port" for each configured listening port (a "...Port" setting) that is taken on 127.0.0.1.</summary>
    public static IReadOnlyList<string> TakenPorts(PlatformOptions options) =>
        [.. options.Services
            .SelectMany(service => service.Environment
                .Where(setting => setting.Key.EndsWith("Port", StringComparison.Ordinal))
                .Select(setting => (service.Name, Port: int.Parse(setting.Value, CultureInfo.InvariantCulture))))
            .Where(listener => IsTaken(listener.Port))
            .Select(listener => $"{listener.Name} {listener.Port}")];

    private static bool IsTaken(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }
}
