using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// Direct mode (one machine, no sidecar): does what Dapr would, posting the CloudEvent to the route of every
/// configured subscriber of the topic and reading its SUCCESS/RETRY/DROP answer. The event is done when each
/// subscriber has taken or dropped it; until then it is retried, but only towards the subscribers still missing.
/// </summary>
internal sealed partial class DirectTransport(
    IHttpClientFactory clients,
    SubscriberDirectory directory,
    IOptions<EventsOptions> options,
    ILogger<DirectTransport> logger) : IEventTransport
{
    // Routes that took an event whose delivery elsewhere still fails. Kept in memory only: after a restart they get
    // the event again, and their inbox suppresses it.
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Uri, bool>> taken = new();

    public async Task<DeliveryResult> DeliverAsync(OutboxMessage message, byte[] cloudEvent, CancellationToken cancellationToken)
    {
        var done = taken.GetOrAdd(message.EventId, _ => new ConcurrentDictionary<Uri, bool>());
        var failures = new List<string>();
        var drops = new List<string>();
        foreach (var subscriber in options.Value.Subscribers)
        {
            var routes = await directory.RoutesAsync(subscriber, message.Topic, cancellationToken);
            if (routes is null)
            {
                failures.Add($"subscriptions of {subscriber} are unknown (it has not answered GET /dapr/subscribe)");
                continue;
            }
            foreach (var route in routes.Where(r => !done.ContainsKey(r)))
            {
                var (status, problem) = await PostAsync(route, cloudEvent, cancellationToken);
                switch (status)
                {
                    case AppStatus.Success:
                        done[route] = true;
                        break;
                    case AppStatus.Drop:
                        done[route] = true;
                        drops.Add($"{route} dropped it");
                        LogDropped(logger, message.EventId, message.Type, route);
                        break;
                    default:
                        failures.Add(problem ?? $"{route} answered RETRY");
                        break;
                }
            }
        }
        if (failures.Count > 0)
        {
            return DeliveryResult.Failed(string.Join("; ", failures));
        }
        taken.TryRemove(message.EventId, out _);
        return drops.Count > 0 ? DeliveryResult.Dropped(string.Join("; ", drops)) : DeliveryResult.Delivered;
    }

    private async Task<(AppStatus Status, string? Problem)> PostAsync(Uri route, byte[] cloudEvent, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = CloudEventJson.Content(cloudEvent) };
        var (response, error) = await EventsHttp.TrySendAsync(clients.CreateClient(EventsHttp.ClientName), request, cancellationToken);
        using (response)
        {
            if (response is null)
            {
                return (AppStatus.Retry, error);
            }
            var status = await AppStatusJson.ReadAsync(response, cancellationToken);
            return (status, status == AppStatus.Retry && !response.IsSuccessStatusCode ? await EventsHttp.DescribeAsync(response, cancellationToken) : null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {EventId} ({Type}) was dropped by {Route}")]
    private static partial void LogDropped(ILogger logger, Guid eventId, string type, Uri route);
}
