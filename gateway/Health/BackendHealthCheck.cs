using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Ledningssystem.Gateway.Health;

/// <summary>
/// The services' health as the gateway sees it: YARP's active health checks probe every destination's /healthz
/// (over the cluster's own protocol, h2c for gRPC endpoints); a cluster is healthy while one of its destinations is.
/// </summary>
internal sealed class BackendHealthCheck(IProxyStateLookup proxy) : IHealthCheck
{
    public const string Name = "services";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var clusters = proxy.GetClusters().OrderBy(c => c.ClusterId, StringComparer.Ordinal).ToList();
        var down = clusters.Where(c => StatusOf(c) != ServiceStatus.Healthy).Select(c => c.ClusterId).ToList();
        var data = clusters.ToDictionary(c => c.ClusterId, c => (object)StatusOf(c).ToString());
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy("Alla tjänster svarar.", data)
            : HealthCheckResult.Unhealthy($"Svarar inte (ännu): {string.Join(", ", down)}.", data: data));
    }

    public static ServiceStatus StatusOf(ClusterState cluster)
    {
        var states = cluster.Destinations.Values.Select(d => d.Health.Active).ToList();
        return states.Contains(DestinationHealth.Healthy) ? ServiceStatus.Healthy
            : states.Count > 0 && states.All(s => s == DestinationHealth.Unhealthy) ? ServiceStatus.Unhealthy
            : ServiceStatus.Unknown;
    }
}

internal enum ServiceStatus
{
    Unknown,
    Healthy,
    Unhealthy,
}
