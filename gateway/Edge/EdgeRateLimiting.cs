using System.Threading.RateLimiting;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Ledningssystem.Gateway.Edge;

/// <summary>
/// What every call must pass, per client (the token's subject; for another system's client-credentials token its
/// client id, with the machine clients' limits; or, with the smaller anonymous limits, the IP address of a caller
/// without a token): a limit of calls in flight at once, then a token bucket; then one bucket per tenant
/// (authenticated calls only). So neither one user nor one huvudman can starve the others, nor hold most of the
/// gateway's and the services' work at once, and a public form cannot be flooded from one address. Nothing waits in a
/// queue: refusals are RESOURCE_EXHAUSTED for gRPC and 429 with Retry-After otherwise, and cost no call to a service.
/// </summary>
internal static class EdgeRateLimiting
{
    public static IServiceCollection AddEdgeRateLimiting(this IServiceCollection services, GatewayOptions options)
    {
        // First, so that a call refused for being one too many in flight takes nothing from the buckets.
        var inFlight = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var client = ClientOf(context, options);
            return RateLimitPartition.GetConcurrencyLimiter(client.Key, _ => new ConcurrencyLimiterOptions { PermitLimit = client.InFlightLimit, QueueLimit = 0 });
        });
        var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var client = ClientOf(context, options);
            return Bucket(client.Key, client.Bucket);
        });
        var perTenant = PartitionedRateLimiter.Create<HttpContext, string>(context => CallerOf(context) is { } caller
            ? Bucket("tenant:" + caller.TenantId, options.PerTenantRateLimit)
            : RateLimitPartition.GetNoLimiter("anonymous"));

        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(inFlight, perClient, perTenant);
            limiter.OnRejected = (rejected, _) =>
            {
                TimeSpan? retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.PerClientRateLimit.ReplenishmentPeriod;
                return new ValueTask(EdgeRefusal.TooManyCalls.WriteAsync(rejected.HttpContext, retryAfter));
            };
        });
    }

    private static Client ClientOf(HttpContext context, GatewayOptions options) => CallerOf(context) is { } caller
        ? caller.ServiceAccountClient is { } client
            ? new("client:" + client, options.MachineClientRateLimits.TryGetValue(client, out var own) ? own : options.MachineClientRateLimit, options.InFlightLimits.PerMachineClient)
            : new("user:" + caller.UserId, options.PerClientRateLimit, options.InFlightLimits.PerUser)
        : new("ip:" + context.Connection.RemoteIpAddress, options.AnonymousRateLimit, options.InFlightLimits.PerAnonymousAddress);

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

    private readonly record struct Client(string Key, RateLimitOptions Bucket, int InFlightLimit);
}
