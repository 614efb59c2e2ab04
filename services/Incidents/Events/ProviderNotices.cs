using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Incidents.Data;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Events;

/// <summary>
/// Tells the nämnder that contract the caller's tenant (a private provider) about a lex Sarah report or an IVO
/// notification: one ProviderIncidentAnnounced per nämnd, in the nämnd's tenant, without personal data.
/// </summary>
public sealed class ProviderNotices(IncidentsDb db, IEventPublisher publisher)
{
    public async Task AnnounceAsync(Domain.Incident incident, Domain.NoticeKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var providerTenantId = incident.TenantId;
        var committees = await db.ContractLinks.AsNoTracking()
            .IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(l => l.ProviderTenantId == providerTenantId && l.EndedAt == null)
            .Select(l => l.TenantId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var committee in committees)
        {
            // The outbox row takes the tenant current at Publish: the nämnd's, so the event is the nämnd's.
            using (TenantContext.Use(committee))
            {
                publisher.Publish(IncidentEvents.ProviderIncidentAnnounced(incident, committee, kind, now), incident.Id);
            }
        }
    }
}
