using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Identity;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// Refuses callers whose tenant is suspended, and (failing closed) those whose tenant the Organizations service
/// has not registered, before any handler runs.
/// </summary>
internal sealed class TenantStatusRequirement<TContext>(TContext db, AccessModelCache cache) : ICallerRequirement
    where TContext : PlatformDbContext
{
    public async Task EnsureAsync(Caller caller, CancellationToken cancellationToken)
    {
        var suspended = (await cache.TenantAsync(db, caller.TenantId, cancellationToken)).Suspended;
        if (suspended is null)
        {
            throw RpcErrors.PermissionDenied("Organisationen är inte ansluten till plattformen.");
        }
        if (suspended.Value)
        {
            throw RpcErrors.PermissionDenied("Organisationen är avstängd.");
        }
    }
}
