namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Hands one outbox event, as a CloudEvent, to the Dapr sidecar or straight to the subscribers.</summary>
internal interface IEventTransport
{
    Task<DeliveryResult> DeliverAsync(OutboxMessage message, byte[] cloudEvent, CancellationToken cancellationToken);
}

/// <summary>Done: the event leaves the outbox (<paramref name="Note"/> says why if a subscriber dropped it). Otherwise it is retried.</summary>
internal readonly record struct DeliveryResult(bool Done, string? Note)
{
    public static DeliveryResult Delivered => new(true, null);

    public static DeliveryResult Dropped(string note) => new(true, note);

    public static DeliveryResult Failed(string error) => new(false, error);
}
