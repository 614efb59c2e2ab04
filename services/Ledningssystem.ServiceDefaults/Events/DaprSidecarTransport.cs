using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// Dapr mode: <c>POST {DaprHttpEndpoint}/v1.0/publish/{pubsub}/{topic}</c> with the CloudEvent as
/// application/cloudevents+json, so Dapr forwards it as it is. A 2xx answer means the broker has it.
/// </summary>
internal sealed class DaprSidecarTransport(IHttpClientFactory clients, IOptions<EventsOptions> options) : IEventTransport
{
    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, byte[] cloudEvent, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var address = new Uri(settings.DaprHttpEndpoint,
            $"/v1.0/publish/{Uri.EscapeDataString(settings.PubSubName)}/{Uri.EscapeDataString(message.Topic)}");
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = CloudEventJson.Content(cloudEvent) };
        var (response, error) = await EventsHttp.TrySendAsync(clients.CreateClient(EventsHttp.ClientName), request, cancellationToken);
        using (response)
        {
            if (response is null)
            {
                return DeliveryResult.Failed(error!);
            }
            return response.IsSuccessStatusCode
                ? DeliveryResult.Delivered
                : DeliveryResult.Failed(await EventsHttp.DescribeAsync(response, cancellationToken));
        }
    }
}
