using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Complaints.Api;

/// <summary>The public form's submissions per provider (Complaints:PublicSubmissionsPerTenant per PublicSubmissionWindow).</summary>
public sealed class PublicSubmissionLimit(IOptions<ComplaintsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(tenantId =>
        RateLimitPartition.GetFixedWindowLimiter(tenantId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PublicSubmissionsPerTenant,
            Window = options.Value.PublicSubmissionWindow,
            QueueLimit = 0,
        }));

    /// <summary>Counts one submission to the tenant; false when its window is full.</summary>
    public bool TryTake(string tenantId)
    {
        using var lease = limiter.AttemptAcquire(tenantId);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
