using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// Unhealthy until the database schema is current, so grpc.health.v1 answers NOT_SERVING and Kubernetes
/// sends no traffic to a service whose migrations have not been applied.
/// </summary>
public sealed class DatabaseReadiness : IHealthCheck
{
    private volatile string? problem = "Databasen är inte migrerad ännu.";

    public bool IsReady => problem is null;

    public void MarkReady() => problem = null;

    public void MarkFailed(string reason) => problem = reason;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(problem is null ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy(problem));
}
