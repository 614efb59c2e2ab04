using Google.Protobuf;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.ServiceDefaults.Access.Replication;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Organizations.Events;

/// <summary>
/// The unit of work of a change to one tenant's organisation (scoped: one per call). Start it, change entities, publish
/// what happened, commit. The commit writes the change and its events' outbox rows in one SaveChanges, then applies
/// the events to this service's own access replica, all in one transaction: the service authorises its next call
/// from the replica at once, and it does not subscribe to its own events (ServiceDefaultsOptions.ReplicateOrganizations is off).
/// Every event's aggregate is the tenant, so subscribers get one tenant's changes in order; the tenant's revision
/// makes a concurrent change of the same tenant fail instead of interleaving.
/// </summary>
public sealed class OrganizationChanges(OrganizationsDb db, IEventPublisher publisher, OrganizationReplicator replica, ITenantContext currentTenant)
{
    private readonly List<IMessage> published = [];
    private Tenant? tenant;

    /// <summary>Starts a change of the current tenant's organisation; null if no such tenant is registered.</summary>
    public async Task<Tenant?> StartAsync(CancellationToken cancellationToken) =>
        tenant = await db.Tenants.SingleOrDefaultAsync(cancellationToken);

    /// <summary>Starts the change that registers <paramref name="registered"/> with its top unit.</summary>
    public void Register(Tenant registered, Unit root)
    {
        db.Add(registered);
        tenant = registered;
        Publish(OrganizationEvents.Registered(registered));
        Add(root);
    }

    public void Add(Unit unit)
    {
        db.Add(unit);
        Publish(OrganizationEvents.Created(unit));
    }

    public void Add(RoleAssignment assignment)
    {
        db.Add(assignment);
        Publish(OrganizationEvents.Assigned(assignment));
    }

    public void Add(Contract contract)
    {
        db.Add(contract);
        Publish(OrganizationEvents.Linked(contract));
    }

    public void Publish(IMessage organizationEvent)
    {
        var changing = tenant ?? throw new InvalidOperationException("Start the change before publishing.");
        if (currentTenant.TenantId != changing.TenantId || OrganizationReplicator.TenantOf(organizationEvent) != changing.TenantId)
        {
            throw new InvalidOperationException($"{organizationEvent.Descriptor.Name} must be published in its own tenant ({changing.TenantId}).");
        }
        publisher.Publish(organizationEvent, aggregateId: changing.TenantId);
        published.Add(organizationEvent);
    }

    /// <summary>Commits what was published; nothing happens when nothing was (a repeated, idempotent request).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (published.Count == 0)
        {
            return;
        }
        tenant!.Revise();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var organizationEvent in published)
        {
            await replica.ApplyAsync(organizationEvent, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        published.Clear();
    }
}
