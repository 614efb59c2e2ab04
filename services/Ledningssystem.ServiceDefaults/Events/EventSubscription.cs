using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>A subscribed event type: how to read its data and which handler applies it.</summary>
internal abstract class EventSubscription(string eventType)
{
    /// <summary>The protobuf full name, which is also the CloudEvent type.</summary>
    public string EventType { get; } = eventType;

    /// <summary>Reads protobuf JSON; throws <see cref="InvalidProtocolBufferException"/> or <see cref="InvalidJsonException"/>.</summary>
    public abstract IMessage Parse(string json);

    public abstract Task HandleAsync(IServiceProvider services, IMessage @event, EventContext context, CancellationToken cancellationToken);
}

internal sealed class EventSubscription<TEvent>() : EventSubscription(new TEvent().Descriptor.FullName)
    where TEvent : IMessage<TEvent>, new()
{
    // A publisher on a newer contract may send fields this service does not know yet.
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    public override IMessage Parse(string json) => Parser.Parse<TEvent>(json);

    public override Task HandleAsync(IServiceProvider services, IMessage @event, EventContext context, CancellationToken cancellationToken) =>
        services.GetRequiredService<IEventHandler<TEvent>>().HandleAsync((TEvent)@event, context, cancellationToken);
}
