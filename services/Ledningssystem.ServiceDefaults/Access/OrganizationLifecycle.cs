using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// Which tenants are suspended and which units were closed, across tenants, from the service's access replica
/// (TenantSuspended, TenantReactivated, UnitClosed), for reads that compare tenants (Reporting's regional comparison).
/// </summary>
public interface IOrganizationLifecycle
{
    Task<IReadOnlySet<string>> SuspendedTenantsAsync(CancellationToken cancellationToken = default);

    /// <summary>The units, as (tenant, unit), closed before <paramref name="instant"/>.</summary>
    Task<IReadOnlySet<(string TenantId, string UnitId)>> UnitsClosedBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken = default);
}

internal sealed class OrganizationLifecycle<TContext>(TContext db) : IOrganizationLifecycle
    where TContext : PlatformDbContext
{
    public async Task<IReadOnlySet<string>> SuspendedTenantsAsync(CancellationToken cancellationToken = default) =>
        (await AcrossTenants<TenantReplica>().Where(t => t.Suspended).Select(t => t.TenantId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlySet<(string TenantId, string UnitId)>> UnitsClosedBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken = default)
    {
        var utc = instant.ToUniversalTime();
        var closed = await AcrossTenants<UnitReplica>().Where(u => u.ClosedAt != null && u.ClosedAt < utc).Select(u => new { u.TenantId, u.Id }).ToListAsync(cancellationToken);
        return closed.Select(u => (u.TenantId, u.Id)).ToHashSet();
    }

    private IQueryable<T> AcrossTenants<T>()
        where T : class => db.Set<T>().AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter]);
}

public static class OrganizationLifecycleRegistration
{
    /// <summary>Registers <see cref="IOrganizationLifecycle"/> over <typeparamref name="TContext"/>'s replica.</summary>
    public static IServiceCollection AddOrganizationLifecycle<TContext>(this IServiceCollection services)
        where TContext : PlatformDbContext
    {
        services.TryAddScoped<IOrganizationLifecycle, OrganizationLifecycle<TContext>>();
        return services;
    }
}
