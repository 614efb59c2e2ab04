using Ledningssystem.Incidents.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Incidents.Data;

/// <summary>
/// The tenant's service levels, which every report and workflow step schedules its deadline with, kept between calls
/// so that a report reads nothing before its commit (docs/benchmarks.md). Setting them forgets the tenant's once the
/// change is committed; <see cref="IncidentsOptions.ServiceLevelsCacheMaxAge"/> bounds how long another replica of
/// the service goes on with what it read. Callers only read the cached settings, never change them.
/// </summary>
public sealed class ServiceLevelCache(TimeProvider clock, IOptions<IncidentsOptions> options)
{
    private readonly TenantCache<ServiceLevelSettings> levels = new(clock, options.Value.ServiceLevelsCacheMaxAge);

    public ValueTask<ServiceLevelSettings> GetAsync(IncidentsDb db, string tenantId, CancellationToken cancellationToken) =>
        levels.GetAsync(tenantId, "", async ct =>
            await db.ServiceLevels.AsNoTracking().SingleOrDefaultAsync(ct) ?? ServiceLevelSettings.Defaults(tenantId), cancellationToken);

    public void Forget(string tenantId) => levels.Invalidate(tenantId);
}
