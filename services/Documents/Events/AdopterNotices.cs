using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Documents.Events;

/// <summary>
/// Tells the tenants that adopted a document about its newly published version: one UpstreamVersionPublished per
/// adopted copy, in the adopter's tenant. Finding the adopters is a read across tenants, as narrow as those of
/// <see cref="SharedDocuments"/>.
/// </summary>
public sealed class AdopterNotices(DocumentsDb db, IEventPublisher events)
{
    /// <summary>Adds UpstreamVersionPublished, in each adopter's tenant, to the current unit of work.</summary>
    public async Task NotifyAsync(Document upstream, CancellationToken cancellationToken)
    {
        var adopters = await db.Documents.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(d => d.UpstreamTenantId == upstream.TenantId && d.UpstreamDocumentId == upstream.Id)
            .Select(d => new { d.TenantId, d.Id, d.UpstreamVersionNumber })
            .ToListAsync(cancellationToken);
        foreach (var adopter in adopters)
        {
            using (TenantContext.Use(adopter.TenantId))
            {
                events.Publish(new UpstreamVersionPublished
                {
                    TenantId = adopter.TenantId,
                    DocumentId = adopter.Id,
                    UpstreamTenantId = upstream.TenantId,
                    UpstreamDocumentId = upstream.Id,
                    UpstreamVersionNumber = upstream.PublishedVersionNumber,
                    AdoptedUpstreamVersionNumber = adopter.UpstreamVersionNumber,
                }, adopter.Id);
            }
        }
    }
}
