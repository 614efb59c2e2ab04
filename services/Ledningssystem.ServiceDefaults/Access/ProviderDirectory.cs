using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ledningssystem.ServiceDefaults.Access;

public sealed record ProviderName(string TenantId, string Name);

public sealed record UnitName(string UnitId, string Name, string? ParentUnitId);

/// <summary>
/// The organisations on the platform by name only, across tenants, for what the public reaches without logging in
/// (e.g. a complaint form): tenants that are not suspended and their open units, from the service's access replica.
/// Pages are numbered by position in name order (<see cref="Paging"/> tokens).
/// </summary>
public interface IProviderDirectory
{
    Task<Page<ProviderName>> ProvidersAsync(int pageSize, string pageToken, CancellationToken cancellationToken = default);

    /// <summary>The provider's open units, or null when there is no such provider (or it is suspended).</summary>
    Task<Page<UnitName>?> UnitsAsync(string tenantId, int pageSize, string pageToken, CancellationToken cancellationToken = default);

    /// <summary>The provider's and the unit's names, or null unless both exist, the provider is not suspended and the unit is open.</summary>
    Task<(string Provider, string Unit)?> NamesAsync(string tenantId, string unitId, CancellationToken cancellationToken = default);
}

internal sealed class ProviderDirectory<TContext>(TContext db) : IProviderDirectory
    where TContext : PlatformDbContext
{
    public async Task<Page<ProviderName>> ProvidersAsync(int pageSize, string pageToken, CancellationToken cancellationToken = default)
    {
        var rows = Tenants().OrderBy(t => t.Name).ThenBy(t => t.TenantId).Select(t => new ProviderName(t.TenantId, t.Name));
        return await PositionPageAsync(rows, pageSize, pageToken, cancellationToken);
    }

    public async Task<Page<UnitName>?> UnitsAsync(string tenantId, int pageSize, string pageToken, CancellationToken cancellationToken = default)
    {
        if (!await Tenants().AnyAsync(t => t.TenantId == tenantId, cancellationToken))
        {
            return null;
        }
        var rows = OpenUnits(tenantId).OrderBy(u => u.Path).Select(u => new UnitName(u.Id, u.Name, u.ParentId));
        return await PositionPageAsync(rows, pageSize, pageToken, cancellationToken);
    }

    public async Task<(string Provider, string Unit)?> NamesAsync(string tenantId, string unitId, CancellationToken cancellationToken = default)
    {
        var provider = await Tenants().Where(t => t.TenantId == tenantId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);
        var unit = await OpenUnits(tenantId).Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken);
        return provider is null || unit is null ? null : (provider, unit);
    }

    private IQueryable<TenantReplica> Tenants() =>
        db.Set<TenantReplica>().AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(t => !t.Suspended);

    private IQueryable<UnitReplica> OpenUnits(string tenantId) =>
        db.Set<UnitReplica>().AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(u => u.TenantId == tenantId && u.ClosedAt == null);

    private static async Task<Page<T>> PositionPageAsync<T>(IQueryable<T> ordered, int pageSize, string pageToken, CancellationToken cancellationToken)
    {
        var skip = pageToken.Length > 0 && Paging.TryReadToken(pageToken, out var position) ? position : 0;
        var size = Paging.PageSize(pageSize);
        var rows = await ordered.Skip((int)skip).Take(size + 1).ToListAsync(cancellationToken);
        return new Page<T>([.. rows.Take(size)], rows.Count > size ? Paging.Token(skip + size) : "");
    }
}

public static class ProviderDirectoryRegistration
{
    /// <summary>Registers <see cref="IProviderDirectory"/> over <typeparamref name="TContext"/>'s replica.</summary>
    public static IServiceCollection AddProviderDirectory<TContext>(this IServiceCollection services)
        where TContext : PlatformDbContext
    {
        services.TryAddScoped<IProviderDirectory, ProviderDirectory<TContext>>();
        return services;
    }
}
