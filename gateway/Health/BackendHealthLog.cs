using Yarp.ReverseProxy;

namespace Ledningssystem.Gateway.Health;

/// <summary>
/// Logs each cluster's health when it changes, in place of YARP's own log that warns about every destination not yet
/// started and never says when it recovers: waiting for a service that has never answered is Information, a service
/// that answered and stopped is a Warning, and its recovery Information again.
/// </summary>
internal sealed partial class BackendHealthLog(IProxyStateLookup proxy, ILogger<BackendHealthLog> logger) : BackgroundService
{
    private readonly Dictionary<string, ServiceStatus> known = new(StringComparer.Ordinal);
    private readonly HashSet<string> everHealthy = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        do
        {
            foreach (var cluster in proxy.GetClusters())
            {
                var status = BackendHealthCheck.StatusOf(cluster);
                if (known.TryGetValue(cluster.ClusterId, out var previous) && previous == status)
                {
                    continue;
                }
                known[cluster.ClusterId] = status;
                switch (status)
                {
                    case ServiceStatus.Healthy:
                        everHealthy.Add(cluster.ClusterId);
                        LogHealthy(logger, cluster.ClusterId);
                        break;
                    case ServiceStatus.Unhealthy when everHealthy.Contains(cluster.ClusterId):
                        LogStopped(logger, cluster.ClusterId);
                        break;
                    case ServiceStatus.Unhealthy:
                        LogWaiting(logger, cluster.ClusterId);
                        break;
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Cluster} is healthy")]
    private static partial void LogHealthy(ILogger logger, string cluster);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Cluster} is not healthy yet (starting)")]
    private static partial void LogWaiting(ILogger logger, string cluster);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Cluster} stopped answering its health checks; calls to it fail until it is healthy again")]
    private static partial void LogStopped(ILogger logger, string cluster);
}
