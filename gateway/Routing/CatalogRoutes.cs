using System.Globalization;
using System.Text.RegularExpressions;
using Ledningssystem.Catalog;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace Ledningssystem.Gateway.Routing;

/// <summary>
/// YARP's routes and clusters for every service in services/catalog.json: its API's paths on the HTTP/2 listener to its
/// gRPC port, and on the browser listener to its HTTP/1.1 port, each with an active /healthz check. They are
/// configuration beneath the environment and the command line, so a deployment only sets the destinations' addresses
/// (ReverseProxy__Clusters__{name}-grpc__Destinations__{name}__Address); the defaults are the one-machine ports.
/// </summary>
internal static class CatalogRoutes
{
    public static void AddCatalogRoutes(this ConfigurationManager configuration, IReadOnlyList<CatalogEntry> catalog)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var service in catalog)
        {
            Add(settings, service, "grpc", service.GrpcPort, httpVersion: "2");
            Add(settings, service, "web", service.WebPort, httpVersion: "1.1");
        }
        var sources = configuration.Sources;
        var environment = sources.ToList().FindIndex(source => source is EnvironmentVariablesConfigurationSource);
        sources.Insert(environment < 0 ? sources.Count : environment, new MemoryConfigurationSource { InitialData = settings });
    }

    private static void Add(Dictionary<string, string?> settings, CatalogEntry service, string listener, int port, string httpVersion)
    {
        var id = $"{service.Name}-{listener}";
        var route = $"ReverseProxy:Routes:{id}:";
        settings[route + "ClusterId"] = id;
        settings[route + "Match:Path"] = $"/{{service:regex(^{Regex.Escape(service.ProtoPackage)}\\.\\w+$)}}/{{method}}";
        settings[route + "Metadata:Listener"] = listener;

        var cluster = $"ReverseProxy:Clusters:{id}:";
        settings[cluster + "HttpRequest:Version"] = httpVersion;
        settings[cluster + "HttpRequest:VersionPolicy"] = "RequestVersionExact";
        if (listener == "grpc")
        {
            // Server streams stay open far longer than YARP's default activity timeout of 100 s.
            settings[cluster + "HttpRequest:ActivityTimeout"] = "01:00:00";
        }
        settings[cluster + "HealthCheck:Active:Enabled"] = "true";
        settings[cluster + "HealthCheck:Active:Interval"] = "00:00:05";
        settings[cluster + "HealthCheck:Active:Timeout"] = "00:00:03";
        settings[cluster + "HealthCheck:Active:Policy"] = "ConsecutiveFailures";
        settings[cluster + "HealthCheck:Active:Path"] = "/healthz";
        settings[cluster + $"Destinations:{service.Name}:Address"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
    }
}
