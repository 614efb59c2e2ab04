using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Incidents.Data;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Events;

/// <summary>Keeps what a nämnd was told about its providers, for ListProviderNotices.</summary>
public sealed class ProviderIncidentAnnouncedHandler(IncidentsDb db) : IEventHandler<ProviderIncidentAnnounced>
{
    public async Task HandleAsync(ProviderIncidentAnnounced message, EventContext context, CancellationToken cancellationToken)
    {
        context.RequireTenant(message.TenantId, nameof(ProviderIncidentAnnounced));
        if (await db.ProviderNotices.AnyAsync(n => n.EventId == context.EventId, cancellationToken))
        {
            return;
        }
        db.ProviderNotices.Add(Domain.ProviderNotice.Received(
            message.TenantId,
            context.EventId,
            message.ProviderTenantId,
            message.IncidentId,
            message.Kind.ToDomain(),
            message.Track.ToDomain(),
            message.At?.ToInstant() ?? context.OccurredAt ?? DateTimeOffset.UnixEpoch));
        await db.SaveChangesAsync(cancellationToken);
    }
}
