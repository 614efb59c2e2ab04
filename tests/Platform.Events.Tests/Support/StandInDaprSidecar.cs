using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>A publish request the sidecar accepted, and when.</summary>
public sealed record PublishedEvent(string PubSubName, string Topic, string? ContentType, JsonElement CloudEvent, DateTimeOffset At);

/// <summary>
/// Stands in for a Dapr sidecar, written from Dapr's documented pub/sub contract and not from our library:
/// accepts <c>POST /v1.0/publish/{pubsub}/{topic}</c> (204, like a broker taking the message), reads the app's
/// <c>GET /dapr/subscribe</c> and posts each CloudEvent to the subscribed route, one at a time in order: SUCCESS or an
/// empty 2xx answer is done, RETRY and other failures are retried (every 50 ms, at most 100 times), DROP and 404 drop it.
/// Without an app it only takes messages, as a broker nobody subscribed to.
/// </summary>
public sealed class StandInDaprSidecar : IAsyncDisposable
{
    private const int MaxAttempts = 100;
    private readonly Channel<PublishedEvent> queue = Channel.CreateUnbounded<PublishedEvent>();
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly CancellationTokenSource stopping = new();
    private readonly Uri? appAddress;
    private readonly string pubSubName;
    private WebApplication? app;
    private Task? delivering;
    private int failuresToAnswer;

    private StandInDaprSidecar(Uri? appAddress, string pubSubName, int port)
    {
        this.appAddress = appAddress;
        this.pubSubName = pubSubName;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    public ConcurrentQueue<PublishedEvent> Published { get; } = new();

    /// <summary>Every delivery attempt to the app: CloudEvent id and the app's answer (SUCCESS, RETRY or DROP).</summary>
    public ConcurrentQueue<(string EventId, string Status)> Deliveries { get; } = new();

    public static async Task<StandInDaprSidecar> StartAsync(Uri? appAddress, string pubSubName = "pubsub")
    {
        var sidecar = new StandInDaprSidecar(appAddress, pubSubName, FreePorts.Take(1)[0]);
        await sidecar.StartAsync();
        return sidecar;
    }

    /// <summary>Answers the next <paramref name="count"/> publish requests with 500, as a sidecar whose broker is down.</summary>
    public void FailNextPublishes(int count) => Interlocked.Exchange(ref failuresToAnswer, count);

    private async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Address.Port));
        app = builder.Build();
        app.MapPost("/v1.0/publish/{pubsub}/{topic}", PublishAsync);
        await app.StartAsync();
        if (appAddress is not null)
        {
            delivering = Task.Run(() => DeliverAsync(appAddress, stopping.Token));
        }
    }

    private async Task<IResult> PublishAsync(string pubsub, string topic, HttpRequest request)
    {
        if (pubsub != pubSubName)
        {
            return Results.Json(new { errorCode = "ERR_PUBSUB_NOT_FOUND" }, statusCode: 404);
        }
        if (Interlocked.Decrement(ref failuresToAnswer) >= 0)
        {
            return Results.Json(new { errorCode = "ERR_PUBSUB_PUBLISH_MESSAGE" }, statusCode: 500);
        }
        using var body = await JsonDocument.ParseAsync(request.Body);
        var published = new PublishedEvent(pubsub, topic, request.ContentType, body.RootElement.Clone(), DateTimeOffset.UtcNow);
        Published.Enqueue(published);
        if (appAddress is not null)
        {
            queue.Writer.TryWrite(published);
        }
        return Results.NoContent();
    }

    private async Task DeliverAsync(Uri app, CancellationToken cancellationToken)
    {
        await foreach (var published in queue.Reader.ReadAllAsync(cancellationToken))
        {
            var route = await RouteAsync(app, published, cancellationToken);
            var id = published.CloudEvent.GetProperty("id").GetString()!;
            for (var attempt = 1; route is not null && attempt <= MaxAttempts; attempt++)
            {
                var status = await PostAsync(route, published.CloudEvent, cancellationToken);
                Deliveries.Enqueue((id, status));
                if (status != "RETRY")
                {
                    break;
                }
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    private async Task<Uri?> RouteAsync(Uri app, PublishedEvent published, CancellationToken cancellationToken)
    {
        using var subscriptions = JsonDocument.Parse(await client.GetStringAsync(new Uri(app, "/dapr/subscribe"), cancellationToken));
        var match = subscriptions.RootElement.EnumerateArray().FirstOrDefault(s =>
            s.GetProperty("pubsubname").GetString() == published.PubSubName && s.GetProperty("topic").GetString() == published.Topic);
        return match.ValueKind == JsonValueKind.Object ? new Uri(app, match.GetProperty("route").GetString()) : null;
    }

    private async Task<string> PostAsync(Uri route, JsonElement cloudEvent, CancellationToken cancellationToken)
    {
        using var content = new StringContent(cloudEvent.GetRawText());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json");
        try
        {
            using var response = await client.PostAsync(route, content, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return "DROP";
            }
            if (!response.IsSuccessStatusCode)
            {
                return "RETRY";
            }
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length == 0)
            {
                return "SUCCESS";
            }
            using var answer = JsonDocument.Parse(body);
            return answer.RootElement.GetProperty("status").GetString()!;
        }
        catch (HttpRequestException)
        {
            return "RETRY";
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (delivering is not null)
        {
            await delivering.ContinueWith(_ => { }, TaskScheduler.Default);
        }
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        client.Dispose();
        stopping.Dispose();
    }
}
