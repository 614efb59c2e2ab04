using Ledningssystem.Documents.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Documents.Data;

/// <summary>
/// The reads across tenants that sharing needs, each explicit and narrow: a document some tenant shares to the
/// caller's tenant (or to all) with its published version. The one other such read finds a document's adopters
/// (<see cref="Events.AdopterNotices"/>); everything else goes through the tenant filter.
/// </summary>
public sealed class SharedDocuments(DocumentsDb db, ITenantContext tenant)
{
    private string CurrentTenant => tenant.TenantId ?? throw new TenantIsolationException("No tenant applies to shared documents.");

    /// <summary>The shares to the current tenant (or to all) by other tenants, of documents with a published version.</summary>
    public IQueryable<DocumentShare> SharesToMe()
    {
        var me = CurrentTenant;
        var published = db.Documents.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(d => d.PublishedVersionNumber > 0);
        return db.Shares.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(s => (s.TargetTenantId == me || s.TargetTenantId == DocumentShare.AllTenants) && s.TenantId != me)
            .Where(s => published.Any(d => d.TenantId == s.TenantId && d.Id == s.DocumentId));
    }

    /// <summary>The shared documents of <paramref name="shares"/> (from <see cref="SharesToMe"/>), in their order.</summary>
    public async Task<IReadOnlyList<Document>> DocumentsOfAsync(IReadOnlyList<DocumentShare> shares, CancellationToken cancellationToken)
    {
        var keys = shares.Select(s => s.TenantId + "/" + s.DocumentId).ToList();
        var documents = await db.Documents.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(d => keys.Contains(d.TenantId + "/" + d.Id))
            .ToDictionaryAsync(d => d.TenantId + "/" + d.Id, cancellationToken);
        return [.. keys.Select(k => documents[k])];
    }

    /// <summary>The upstream document if its tenant shares it to the current tenant, else null (as if it did not exist).</summary>
    public async Task<Document?> FindAsync(string upstreamTenantId, string upstreamDocumentId, CancellationToken cancellationToken)
    {
        var me = CurrentTenant;
        if (upstreamTenantId == me)
        {
            return null;
        }
        var shared = await db.Shares.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking().AnyAsync(
            s => s.TenantId == upstreamTenantId && s.DocumentId == upstreamDocumentId
                && (s.TargetTenantId == me || s.TargetTenantId == DocumentShare.AllTenants),
            cancellationToken);
        return shared
            ? await db.Documents.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
                .SingleOrDefaultAsync(d => d.TenantId == upstreamTenantId && d.Id == upstreamDocumentId && d.PublishedVersionNumber > 0, cancellationToken)
            : null;
    }

    /// <summary>The text of a shared document's version, for a document <see cref="FindAsync"/> answered.</summary>
    public async Task<string> VersionTextAsync(Document upstream, int number, CancellationToken cancellationToken)
    {
        var version = await db.Versions.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .SingleOrDefaultAsync(v => v.TenantId == upstream.TenantId && v.DocumentId == upstream.Id && v.Number == number, cancellationToken);
        return version is { IsReleased: true } ? version.Text : "";
    }
}
