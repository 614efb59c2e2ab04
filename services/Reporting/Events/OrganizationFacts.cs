using Google.Protobuf;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Domain.RegionalComparison;
using Ledningssystem.ServiceDefaults.Access.Replication;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Events;

/// <summary>
/// What the read model takes from the Organizations events that the platform's access replica receives: each unit's
/// verksamhetsformer (UnitCreated, kept in the event store like the cases' events, so a rebuild has them) and the
/// region's tenants with their kind and a pseudonym (TenantRegistered; kept, like the replica, outside the rebuild so
/// that a pseudonym never changes).
/// </summary>
public sealed class OrganizationFacts(ReportingDb db, StatisticsProjection projection) : IOrganizationEventObserver
{
    public Task ObserveAsync(IMessage organizationEvent, EventContext context, CancellationToken cancellationToken) => organizationEvent switch
    {
        UnitCreated unit => projection.IngestAsync([new IncomingEvent(context.EventId, Minimised(unit))], cancellationToken),
        TenantRegistered tenant => RegisterAsync(tenant, cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>Only what the statistics read: a unit's name is no figure and its parent is in the access replica.</summary>
    private static UnitCreated Minimised(UnitCreated unit) => new()
    {
        TenantId = unit.TenantId, UnitId = unit.UnitId, Verksamhetsformer = { unit.Verksamhetsformer }, CreatedAt = unit.CreatedAt,
    };

    private async Task RegisterAsync(TenantRegistered registered, CancellationToken cancellationToken)
    {
        var kind = registered.Kind switch
        {
            TenantKind.Region => ProviderKind.Region,
            TenantKind.Committee => ProviderKind.Committee,
            TenantKind.PrivateProvider => ProviderKind.PrivateProvider,
            _ => throw new PoisonEventException($"TenantRegistered of {registered.TenantId} has no kind."),
        };
        if (await db.ComparedProviders.SingleOrDefaultAsync(cancellationToken) is { } known)
        {
            known.Describe(kind, registered.Name);
        }
        else
        {
            db.ComparedProviders.Add(new ComparedProvider(kind, registered.Name, await FreePseudonymAsync(cancellationToken)));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    // Two tenants registered at once may draw the same one; the unique index then refuses the second, whose event is
    // retried and draws again.
    private async Task<string> FreePseudonymAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var pseudonym = ComparedProvider.NewPseudonym();
            if (!await db.ComparedProviders.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AnyAsync(p => p.Pseudonym == pseudonym, cancellationToken))
            {
                return pseudonym;
            }
        }
    }
}
