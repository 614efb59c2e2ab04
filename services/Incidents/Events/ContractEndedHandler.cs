using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Events;

/// <summary>A nämnd's contract with a provider ended: the provider's reports are no longer announced to it.</summary>
public sealed class ContractEndedHandler(IncidentsDb db) : IEventHandler<ContractEnded>
{
    public async Task HandleAsync(ContractEnded message, EventContext context, CancellationToken cancellationToken)
    {
        context.RequireTenant(message.TenantId, nameof(ContractEnded));
        var link = await db.ContractLinks.SingleOrDefaultAsync(l => l.ContractId == message.ContractId, cancellationToken);
        if (link is null)
        {
            db.ContractLinks.Add(link = ContractLink.Create(message.TenantId, message.ContractId, message.ProviderTenantId));
        }
        link.End(message.EndedAt?.ToInstant() ?? context.OccurredAt ?? DateTimeOffset.UnixEpoch);
        await db.SaveChangesAsync(cancellationToken);
    }
}
