using System.Globalization;
using Ledningssystem.Catalog;

namespace Ledningssystem.AppHost;

/// <summary>
/// The processes the launcher starts, from services/catalog.json: the identity provider, every catalogued service on
/// its ports (each one an event subscriber of the others, direct delivery, and reachable by the others' service clients),
/// and the gateway routed to them.
/// </summary>
internal static class PlatformProcesses
{
    public static void Compose(PlatformOptions options, IReadOnlyList<CatalogEntry> catalog)
    {
        options.Services.Add(options.IdentityProvider);
        for (var i = 0; i < catalog.Count; i++)
        {
            var entry = catalog[i];
            options.Environment[$"Events__Subscribers__{i}"] = Loopback(entry.WebPort);
            options.Environment[$"Services__{entry.Name}__GrpcAddress"] = Loopback(entry.GrpcPort);
            var environment = new Dictionary<string, string>
            {
                ["Rpc__GrpcPort"] = entry.GrpcPort.ToString(CultureInfo.InvariantCulture),
                ["Rpc__WebPort"] = entry.WebPort.ToString(CultureInfo.InvariantCulture),
            };
            foreach (var (key, value) in options.ServiceEnvironment.GetValueOrDefault(entry.Name) ?? [])
            {
                environment[key] = value;
            }
            options.Services.Add(new ServiceProcessOptions
            {
                Name = entry.Name,
                Project = entry.Project,
                HealthUrl = $"{Loopback(entry.WebPort)}/healthz",
                Environment = environment,
            });
            // Given explicitly (the gateway's defaults are the same ports) so that a port offset moves them too.
            options.Gateway.Environment[$"ReverseProxy__Clusters__{entry.Name}-grpc__Destinations__{entry.Name}__Address"] = Loopback(entry.GrpcPort);
            options.Gateway.Environment[$"ReverseProxy__Clusters__{entry.Name}-web__Destinations__{entry.Name}__Address"] = Loopback(entry.WebPort);
        }
        options.Services.Add(options.Gateway);
    }

    private static string Loopback(int port) => $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
}
