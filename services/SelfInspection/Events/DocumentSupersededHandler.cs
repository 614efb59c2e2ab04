using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.SelfInspection.Events;

/// <summary>A rutin archived in Documents (superseded by no version): the activities of current plans that check it are flagged.</summary>
public sealed class DocumentSupersededHandler(SelfInspectionDb db) : IEventHandler<DocumentSuperseded>
{
    public async Task HandleAsync(DocumentSuperseded message, EventContext context, CancellationToken cancellationToken)
    {
        context.RequireTenant(message.TenantId, nameof(DocumentSuperseded));
        if (message.SupersededByVersionNumber != 0)
        {
            return;
        }
        // Activities are stored with their plan; the tenant's current plans are few enough to look through.
        var current = await db.Plans.Where(p => p.State != Domain.PlanState.Superseded).ToListAsync(cancellationToken);
        var flagged = current.Where(p => p.FlagArchivedDocument(message.DocumentId)).ToList();
        if (flagged.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
