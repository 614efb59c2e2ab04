using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// Refuses callers whose tenant is suspended, and (failing closed) those whose tenant the Organizations service
/// has not registered, before any handler runs.
/// </summary>
internal sealed class TenantStatusRequirement<TContext>(TContext db) : ICallerRequirement
    where TContext : PlatformDbContext
{
    public async Task EnsureAsync(Caller caller, CancellationToken cancellationToken)
    {
        var suspended = await db.Set<TenantReplica>().AsNoTracking()
            .Where(t => t.TenantId == caller.TenantId)
            .Select(t => (bool?)t.Suspended)
            .FirstOrDefaultAsync(cancellationToken);
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
