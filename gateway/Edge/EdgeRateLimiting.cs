using System.Threading.RateLimiting;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Ledningssystem.Gateway.Edge;

/// <summary>
/// Two token buckets every call must pass: one per client (the token's subject; for another system's client-credentials
/// token its client id, with the machine clients' limit; or, with the smaller anonymous limit, the IP address of a
/// caller without a token) and one per tenant (authenticated calls only), so that neither one user nor one huvudman can
/// starve the others, and a public form cannot be flooded from one address. Refusals are RESOURCE_EXHAUSTED for gRPC
/// and 429 with Retry-After otherwise; a refusal costs no call to a service.
/// </summary>
internal static class EdgeRateLimiting
{
    public static IServiceCollection AddEdgeRateLimiting(this IServiceCollection services, GatewayOptions options)
    {
        var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context => CallerOf(context) is { } caller
            ? caller.ServiceAccountClient is { } client
                ? Bucket("client:" + client, options.MachineClientRateLimits.TryGetValue(client, out var own) ? own : options.MachineClientRateLimit)
                : Bucket("user:" + caller.UserId, options.PerClientRateLimit)
            : Bucket("ip:" + context.Connection.RemoteIpAddress, options.AnonymousRateLimit));
        var perTenant = PartitionedRateLimiter.Create<HttpContext, string>(context => CallerOf(context) is { } caller
            ? Bucket("tenant:" + caller.TenantId, options.PerTenantRateLimit)
            : RateLimitPartition.GetNoLimiter("anonymous"));

        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(perClient, perTenant);
            limiter.OnRejected = (rejected, _) =>
            {
                TimeSpan? retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.PerClientRateLimit.ReplenishmentPeriod;
                return new ValueTask(EdgeRefusal.TooManyCalls.WriteAsync(rejected.HttpContext, retryAfter));
            };
        });
    }

    private static Caller? CallerOf(HttpContext context) => context.RequestServices.GetRequiredService<ICallerAccessor>().Current;

    private static RateLimitPartition<string> Bucket(string key, RateLimitOptions options) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.TokenLimit,
            TokensPerPeriod = options.TokensPerPeriod,
            ReplenishmentPeriod = options.ReplenishmentPeriod,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
