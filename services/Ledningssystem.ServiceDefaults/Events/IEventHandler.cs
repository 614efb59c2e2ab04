using System.Diagnostics.CodeAnalysis;
using Google.Protobuf;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// Applies one subscribed event type through the service's DbContext. It runs for the event's tenant, inside a
/// transaction that the platform commits together with the inbox row, so its effect happens once: it may call
/// SaveChanges, but must not begin or commit transactions itself. Throw <see cref="PoisonEventException"/> for an
/// event that can never be applied; any other exception makes the event come again later.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "A handler of events; it is no .NET event delegate.")]
public interface IEventHandler<TEvent>
    where TEvent : IMessage<TEvent>
{
    Task HandleAsync(TEvent message, EventContext context, CancellationToken cancellationToken);
}

/// <summary>What the CloudEvent says about an event besides its data.</summary>
/// <param name="EventId">The CloudEvent id.</param>
/// <param name="Source">The publishing service.</param>
/// <param name="AggregateId">The entity the event is about (the CloudEvent subject).</param>
/// <param name="TenantId">The tenant the handler runs for, or null for an event of no tenant.</param>
/// <param name="OccurredAt">When the publisher committed to it.</param>
public sealed record EventContext(string EventId, string Source, string? AggregateId, string? TenantId, DateTimeOffset? OccurredAt)
{
    /// <summary>
    /// The platform runs a handler in the CloudEvent's tenant; an event whose payload names another tenant is forged or
    /// broken and is dropped (<see cref="PoisonEventException"/>).
    /// </summary>
    public void RequireTenant(string? payloadTenantId, string eventName)
    {
        if (payloadTenantId != TenantId)
        {
            throw new PoisonEventException($"{eventName} of tenant '{payloadTenantId}' came as tenant '{TenantId}'.");
        }
    }
}

/// <summary>Thrown by a handler for an event that can never be applied: the subscriber answers DROP.</summary>
public sealed class PoisonEventException(string message) : Exception(message);
