using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// Direct mode's stand-in for Dapr's subscription discovery: each configured subscriber's <c>GET /dapr/subscribe</c>
/// answer, asked again after <see cref="EventsOptions.SubscriptionRefreshInterval"/>; like Dapr, a 404 means no
/// subscriptions. A subscriber that cannot be asked keeps its last known answer; one that never answered is
/// unknown, and events wait for it.
/// </summary>
internal sealed partial class SubscriberDirectory(
    IHttpClientFactory clients,
    IOptions<EventsOptions> options,
    TimeProvider clock,
    ILogger<SubscriberDirectory> logger)
{
    private readonly ConcurrentDictionary<Uri, Answer> answers = new();

    /// <summary>The addresses <paramref name="subscriber"/> takes <paramref name="topic"/> at (usually none or one), or null while it is unknown.</summary>
    public async Task<IReadOnlyList<Uri>?> RoutesAsync(Uri subscriber, string topic, CancellationToken cancellationToken)
    {
        var subscriptions = await SubscriptionsAsync(subscriber, cancellationToken);
        return subscriptions?
            .Where(s => s.PubSubName == options.Value.PubSubName && s.Topic == topic)
            .Select(s => new Uri(subscriber, s.Route))
            .ToList();
    }

    private async Task<IReadOnlyList<DaprSubscription>?> SubscriptionsAsync(Uri subscriber, CancellationToken cancellationToken)
    {
        answers.TryGetValue(subscriber, out var known);
        if (known is not null && clock.GetUtcNow() - known.At < options.Value.SubscriptionRefreshInterval)
        {
            return known.Subscriptions;
        }
        var fetched = await FetchAsync(subscriber, cancellationToken);
        if (fetched is null)
        {
            return known?.Subscriptions;
        }
        answers[subscriber] = new Answer(fetched, clock.GetUtcNow());
        return fetched;
    }

    private async Task<IReadOnlyList<DaprSubscription>?> FetchAsync(Uri subscriber, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(subscriber, "/dapr/subscribe"));
        var (response, error) = await EventsHttp.TrySendAsync(clients.CreateClient(EventsHttp.ClientName), request, cancellationToken);
        using (response)
        {
            if (response is null)
            {
                LogUnavailable(logger, subscriber, error!);
                return null;
            }
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return [];
            }
            if (!response.IsSuccessStatusCode)
            {
                LogAnswered(logger, subscriber, (int)response.StatusCode);
                return null;
            }
            try
            {
                using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
                return DaprSubscription.ReadList(json.RootElement);
            }
            catch (JsonException exception)
            {
                LogUnavailable(logger, subscriber, exception.Message);
                return null;
            }
        }
    }

    private sealed record Answer(IReadOnlyList<DaprSubscription> Subscriptions, DateTimeOffset At);

    [LoggerMessage(Level = LogLevel.Debug, Message = "GET /dapr/subscribe of {Subscriber} answered {Status}")]
    private static partial void LogAnswered(ILogger logger, Uri subscriber, int status);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Subscriptions of {Subscriber} unavailable: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, Uri subscriber, string reason);
}
