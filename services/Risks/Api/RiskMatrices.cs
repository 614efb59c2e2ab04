using Ledningssystem.Risks.Data;
using Ledningssystem.Risks.Domain;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Api;

/// <summary>The caller's tenant's matrix versions; a tenant without one gets the default at first use, saved with the step.</summary>
public sealed class RiskMatrices(RisksDb db, ICallerAccessor callers, WorkflowClock clock)
{
    public async Task<RiskMatrix> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = await db.Matrices.OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            current = RiskMatrix.Default(callers.Required.TenantId, clock.Now);
            db.Matrices.Add(current);
        }
        return current;
    }

    public Task<RiskMatrix?> VersionAsync(int version, CancellationToken cancellationToken) =>
        db.Matrices.AsNoTracking().SingleOrDefaultAsync(m => m.Version == version, cancellationToken);

    /// <summary>The version in force at the end of <paramref name="on"/> (the first one for an earlier day).</summary>
    public async Task<RiskMatrix> OnAsync(DateOnly on, CancellationToken cancellationToken)
    {
        var end = SwedishCalendar.StartOfDay(on.AddDays(1));
        var versions = await db.Matrices.AsNoTracking().OrderBy(m => m.Version).ToListAsync(cancellationToken);
        return versions.LastOrDefault(m => m.CreatedAt < end) ?? versions.FirstOrDefault() ?? await CurrentAsync(cancellationToken);
    }
}
