using Google.Protobuf;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.ServiceDefaults.Access.Replication;

/// <summary>
/// A service's own use of the Organizations events that its access replica takes (a service has one handler per event
/// type, and the replica's is that one). Called after the replica applied the event, in the same transaction with the
/// inbox row, so it sees each event once per CloudEvent id; it must merge repeats and any order itself. Register it as
/// a scoped service; none is registered by default.
/// </summary>
public interface IOrganizationEventObserver
{
    Task ObserveAsync(IMessage organizationEvent, EventContext context, CancellationToken cancellationToken);
}
