using Google.Protobuf;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Publishes events through the service's outbox.</summary>
public interface IEventPublisher
{
    /// <summary>
    /// Adds <paramref name="message"/> to the outbox of the current unit of work. Nothing is written yet: the next
    /// SaveChanges writes it together with the state change, and the relay delivers it once that has committed.
    /// Events of one <paramref name="aggregateId"/> reach subscribers in the order they were published.
    /// </summary>
    /// <returns>The CloudEvent id.</returns>
    Guid Publish(IMessage message, string aggregateId);
}
