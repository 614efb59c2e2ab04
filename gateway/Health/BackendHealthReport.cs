using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace Ledningssystem.Gateway.Health;

/// <summary>The per-service breakdown on /healthz/services: each cluster's status and its destinations' (without addresses).</summary>
internal sealed record BackendHealthReport(string Status, IReadOnlyList<ClusterHealth> Services)
{
    public static BackendHealthReport From(IProxyStateLookup proxy, HealthReport report) => new(
        report.Status.ToString(),
        [.. proxy.GetClusters().OrderBy(c => c.ClusterId, StringComparer.Ordinal).Select(c => new ClusterHealth(
            c.ClusterId,
            BackendHealthCheck.StatusOf(c).ToString(),
            c.Destinations.Values.ToDictionary(d => d.DestinationId, d => d.Health.Active.ToString())))]);
}

internal sealed record ClusterHealth(string Name, string Status, IReadOnlyDictionary<string, string> Destinations);
