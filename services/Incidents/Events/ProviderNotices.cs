using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Incidents.Api;
using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Domain;
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
    public async Task AnnounceAsync(Incident incident, NoticeKind kind, DateTimeOffset now, CancellationToken cancellationToken)
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
                publisher.Publish(
                    new ProviderIncidentAnnounced
                    {
                        TenantId = committee,
                        ProviderTenantId = providerTenantId,
                        IncidentId = incident.Id,
                        Kind = kind.ToProto(),
                        Track = incident.Track.ToProto(),
                        At = now.ToProto(),
                    },
                    incident.Id);
            }
        }
    }
}

/// <summary>Keeps what a nämnd was told about its providers, for ListProviderNotices.</summary>
public sealed class ProviderIncidentAnnouncedHandler(IncidentsDb db) : IEventHandler<ProviderIncidentAnnounced>
{
    public async Task HandleAsync(ProviderIncidentAnnounced message, EventContext context, CancellationToken cancellationToken)
    {
        if (message.TenantId != context.TenantId)
        {
            throw new PoisonEventException($"A notice to '{message.TenantId}' came as tenant '{context.TenantId}'.");
        }
        if (await db.ProviderNotices.AnyAsync(n => n.EventId == context.EventId, cancellationToken))
        {
            return;
        }
        db.ProviderNotices.Add(new ProviderNotice
        {
            TenantId = message.TenantId,
            EventId = context.EventId,
            ProviderTenantId = message.ProviderTenantId,
            IncidentId = message.IncidentId,
            Kind = message.Kind.ToDomain(),
            Track = message.Track.ToDomain(),
            At = message.At?.ToInstant() ?? context.OccurredAt ?? DateTimeOffset.UnixEpoch,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A nämnd bought care from a provider: the provider's reports are announced to it from now on.</summary>
public sealed class ContractLinkedHandler(IncidentsDb db) : IEventHandler<ContractLinked>
{
    public async Task HandleAsync(ContractLinked message, EventContext context, CancellationToken cancellationToken)
    {
        if (message.TenantId != context.TenantId)
        {
            throw new PoisonEventException($"ContractLinked of '{message.TenantId}' came as tenant '{context.TenantId}'.");
        }
        var link = await db.ContractLinks.SingleOrDefaultAsync(l => l.ContractId == message.ContractId, cancellationToken);
        if (link is null)
        {
            db.ContractLinks.Add(new ContractLink { TenantId = message.TenantId, ContractId = message.ContractId, ProviderTenantId = message.ProviderTenantId });
        }
        else
        {
            link.ProviderTenantId = message.ProviderTenantId;
            link.EndedAt = null;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class ContractEndedHandler(IncidentsDb db) : IEventHandler<ContractEnded>
{
    public async Task HandleAsync(ContractEnded message, EventContext context, CancellationToken cancellationToken)
    {
        if (message.TenantId != context.TenantId)
        {
            throw new PoisonEventException($"ContractEnded of '{message.TenantId}' came as tenant '{context.TenantId}'.");
        }
        var link = await db.ContractLinks.SingleOrDefaultAsync(l => l.ContractId == message.ContractId, cancellationToken);
        if (link is null)
        {
            db.ContractLinks.Add(link = new ContractLink { TenantId = message.TenantId, ContractId = message.ContractId, ProviderTenantId = message.ProviderTenantId });
        }
        link.EndedAt = message.EndedAt?.ToInstant() ?? context.OccurredAt ?? DateTimeOffset.UnixEpoch;
        await db.SaveChangesAsync(cancellationToken);
    }
}
