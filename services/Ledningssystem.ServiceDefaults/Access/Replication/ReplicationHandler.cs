using Google.Protobuf;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.ServiceDefaults.Access.Replication;

/// <summary>Keeps the access replica current from one Organizations event type.</summary>
internal sealed class ReplicationHandler<TEvent>(OrganizationReplicator replicator) : IEventHandler<TEvent>
    where TEvent : IMessage<TEvent>
{
    public async Task HandleAsync(TEvent message, EventContext context, CancellationToken cancellationToken)
    {
        // The platform runs the handler in the CloudEvent's tenant; an event naming another one is forged or broken.
        if (OrganizationReplicator.TenantOf(message) != context.TenantId)
        {
            throw new PoisonEventException($"{message.Descriptor.Name} of tenant '{OrganizationReplicator.TenantOf(message)}' came as tenant '{context.TenantId}'.");
        }
        try
        {
            await replicator.ApplyAsync(message, cancellationToken);
        }
        catch (ArgumentException exception)
        {
            throw new PoisonEventException(exception.Message);
        }
    }
}
