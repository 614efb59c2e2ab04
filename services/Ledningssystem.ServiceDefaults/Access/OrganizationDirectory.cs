using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ledningssystem.ServiceDefaults.Access;

/// <summary>
/// Reads the current tenant's organisation from the service's access replica: unit subtrees for list filters, and
/// the names people read (e.g. in a generated document).
/// </summary>
public interface IOrganizationDirectory
{
    /// <summary>The unit and every unit below it, or null when the current tenant has no such unit.</summary>
    Task<IReadOnlyList<string>?> SubtreeAsync(string unitId, CancellationToken cancellationToken = default);

    Task<string?> UnitNameAsync(string unitId, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's top units (those without a parent), for what concerns the whole tenant.</summary>
    Task<IReadOnlyList<string>> TopUnitsAsync(CancellationToken cancellationToken = default);

    Task<string?> TenantNameAsync(CancellationToken cancellationToken = default);

    /// <summary>The unit directly above <paramref name="unitId"/>; null for a top unit or an unknown one.</summary>
    Task<string?> ParentAsync(string unitId, CancellationToken cancellationToken = default);

    /// <summary>The units directly below <paramref name="unitId"/>.</summary>
    Task<IReadOnlyList<string>> ChildrenAsync(string unitId, CancellationToken cancellationToken = default);
}

internal sealed class OrganizationDirectory<TContext>(TContext db, ITenantContext tenant) : IOrganizationDirectory
    where TContext : PlatformDbContext
{
    public async Task<IReadOnlyList<string>?> SubtreeAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var path = await Units().Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);
        return path is null ? null : await Units().Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    public Task<string?> UnitNameAsync(string unitId, CancellationToken cancellationToken = default) =>
        Units().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> TopUnitsAsync(CancellationToken cancellationToken = default) =>
        await Units().Where(u => u.ParentId == null).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);

    public Task<string?> TenantNameAsync(CancellationToken cancellationToken = default) =>
        db.Set<TenantReplica>().AsNoTracking().Where(t => t.TenantId == tenant.TenantId).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken);

    public Task<string?> ParentAsync(string unitId, CancellationToken cancellationToken = default) =>
        Units().Where(u => u.Id == unitId).Select(u => u.ParentId).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ChildrenAsync(string unitId, CancellationToken cancellationToken = default) =>
        await Units().Where(u => u.ParentId == unitId).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);

    private IQueryable<UnitReplica> Units() => db.Set<UnitReplica>().AsNoTracking().Where(u => u.TenantId == tenant.TenantId);
}

public static class OrganizationDirectoryRegistration
{
    /// <summary>Registers <see cref="IOrganizationDirectory"/> over <typeparamref name="TContext"/>'s replica.</summary>
    public static IServiceCollection AddOrganizationDirectory<TContext>(this IServiceCollection services)
        where TContext : PlatformDbContext
    {
        services.TryAddScoped<IOrganizationDirectory, OrganizationDirectory<TContext>>();
        return services;
    }
}
