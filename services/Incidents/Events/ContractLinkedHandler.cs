using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Domain;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Events;

/// <summary>A nämnd bought care from a provider: the provider's reports are announced to it from now on.</summary>
public sealed class ContractLinkedHandler(IncidentsDb db) : IEventHandler<ContractLinked>
{
    public async Task HandleAsync(ContractLinked message, EventContext context, CancellationToken cancellationToken)
    {
        context.RequireTenant(message.TenantId, nameof(ContractLinked));
        var link = await db.ContractLinks.SingleOrDefaultAsync(l => l.ContractId == message.ContractId, cancellationToken);
        if (link is null)
        {
            db.ContractLinks.Add(ContractLink.Create(message.TenantId, message.ContractId, message.ProviderTenantId));
        }
        else
        {
            link.Renew(message.ProviderTenantId);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
