using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// The subscriber side of Dapr's pub/sub contract: <c>GET /dapr/subscribe</c> lists the service's subscriptions and
/// each subscribed topic has a POST route that takes a CloudEvent and answers SUCCESS, RETRY or DROP.
/// </summary>
public static class EventSubscriptionEndpoints
{
    public const string SubscribePath = "/dapr/subscribe";
    public const string RoutePrefix = "/events/";

    /// <summary>
    /// Maps the subscription list, one route per handled event type (see <c>AddEventHandler</c>) and the operator's
    /// dead-letter routes (<see cref="DeadLetterEndpoints"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapEventSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<EventsOptions>>().Value;
        var subscriptions = endpoints.ServiceProvider.GetServices<EventSubscription>()
            .Select(s => (Subscription: s, Topic: EventTopics.For(options, s.EventType)))
            .ToList();
        var list = DaprSubscription.WriteList(subscriptions.Select(s => new DaprSubscription(options.PubSubName, s.Topic, RoutePrefix + s.Topic, options.DeadLetterTopic)));
        // Dapr and the relay carry no user token: the app API token (when configured) proves the caller is one of them.
        var appApiToken = options.AppApiToken is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;
        endpoints.MapGet(SubscribePath, () => Results.Text(list, "application/json"))
            .AllowAnonymous()
            .AddEndpointFilter((context, next) => FromEventSource(context.HttpContext, appApiToken) ? next(context) : ValueTask.FromResult<object?>(Results.Unauthorized()));
        foreach (var (subscription, topic) in subscriptions)
        {
            endpoints.MapPost(RoutePrefix + topic, http => FromEventSource(http, appApiToken) ? ReceiveAsync(http, subscription, topic) : Unauthorized(http))
                .AllowAnonymous();
        }
        // The dead letters' bodies and their replay are for the operator only: no token configured, no access.
        endpoints.MapDeadLetters(http => appApiToken is not null && FromEventSource(http, appApiToken));
        return endpoints;
    }

    private static bool FromEventSource(HttpContext http, byte[]? appApiToken) =>
        appApiToken is null
        || (http.Request.Headers[EventsHttp.AppApiTokenHeader] is [{ } presented]
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), appApiToken));

    private static Task Unauthorized(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    private static async Task ReceiveAsync(HttpContext http, EventSubscription subscription, string topic)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var dispatcher = http.RequestServices.GetRequiredService<IEventDispatcher>();
        var handling = await dispatcher.DispatchAsync(body, subscription, topic, replaying: null, http.RequestAborted);
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(AppStatusJson.Write(handling.Status), http.RequestAborted);
    }
}
