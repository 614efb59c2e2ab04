using Ledningssystem.Complaints.Data;
using Ledningssystem.Complaints.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Api;

/// <summary>
/// What the staff's and the public's APIs share when a complaint comes in: a reference unique on the platform, the
/// tenant's categories (seeded on first use) and its service levels.
/// </summary>
public sealed class ComplaintIntake(ComplaintsDb db)
{
    private const int ReferenceAttempts = 10;

    /// <summary>A reference no complaint of any tenant has yet.</summary>
    public async Task<string> NewReferenceAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < ReferenceAttempts; attempt++)
        {
            var reference = ComplaintCodes.NewReference();
            if (!await db.Complaints.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AnyAsync(c => c.Reference == reference, cancellationToken))
            {
                return reference;
            }
        }
        throw new InvalidOperationException("No free complaint reference was found.");
    }

    public async Task<ServiceLevelSettings> LevelsAsync(string tenantId, CancellationToken cancellationToken) =>
        await db.ServiceLevels.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? ServiceLevelSettings.Defaults(tenantId);

    /// <summary>The current tenant's categories, seeding <see cref="ComplaintCategory.Defaults"/> the first time.</summary>
    public async Task<IQueryable<ComplaintCategory>> CategoriesAsync(CancellationToken cancellationToken)
    {
        if (!await db.Categories.AnyAsync(cancellationToken))
        {
            var seeded = ComplaintCategory.Defaults.Select(name => ComplaintCategory.Create(Guid.CreateVersion7().ToString(), "", name)).ToList();
            db.Categories.AddRange(seeded);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another call seeded them at the same moment; theirs are the tenant's.
                foreach (var category in seeded)
                {
                    db.Entry(category).State = EntityState.Detached;
                }
            }
        }
        return db.Categories.AsNoTracking();
    }
}
