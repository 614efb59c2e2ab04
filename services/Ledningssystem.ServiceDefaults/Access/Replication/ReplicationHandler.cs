using Google.Protobuf;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.ServiceDefaults.Access.Replication;

/// <summary>Keeps the access replica current from one Organizations event type, then hands the event to the service's observers.</summary>
internal sealed class ReplicationHandler<TEvent>(OrganizationReplicator replicator, IEnumerable<IOrganizationEventObserver> observers) : IEventHandler<TEvent>
    where TEvent : IMessage<TEvent>
{
    public async Task HandleAsync(TEvent message, EventContext context, CancellationToken cancellationToken)
    {
        context.RequireTenant(OrganizationReplicator.TenantOf(message), message.Descriptor.Name);
        try
        {
            await replicator.ApplyAsync(message, cancellationToken);
        }
        catch (ArgumentException exception)
        {
            throw new PoisonEventException(exception.Message);
        }
        foreach (var observer in observers)
        {
            await observer.ObserveAsync(message, context, cancellationToken);
        }
    }
}
