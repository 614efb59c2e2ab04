using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.Risks.Tests.Support;

/// <summary>
/// A stand-in for a subscribing service (SelfInspection, until it exists): it subscribes to one event type over Dapr's
/// HTTP contract, as the platform's subscribers do, and keeps the data of every CloudEvent it receives.
/// </summary>
public sealed class EventRecorder : IAsyncDisposable
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));
    private readonly ConcurrentQueue<string> received = new();
    private readonly WebApplication app;

    private EventRecorder(WebApplication app, int port)
    {
        this.app = app;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    /// <summary>Subscribes to <paramref name="topic"/>, an event type's protobuf full name.</summary>
    public static async Task<EventRecorder> StartAsync(string topic)
    {
        var port = FreePorts.Take(1)[0];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var recorder = new EventRecorder(builder.Build(), port);
        recorder.app.MapGet("/dapr/subscribe", () => Results.Json(new[] { new { pubsubname = "pubsub", topic, route = "/events" } }));
        recorder.app.MapPost("/events", async (HttpRequest request) =>
        {
            using var cloudEvent = await JsonDocument.ParseAsync(request.Body);
            recorder.received.Enqueue(cloudEvent.RootElement.GetProperty("data").GetRawText());
            return Results.Json(new { status = "SUCCESS" });
        });
        await recorder.app.StartAsync();
        return recorder;
    }

    /// <summary>What arrived so far, read as <typeparamref name="TEvent"/>.</summary>
    public IReadOnlyList<TEvent> Received<TEvent>()
        where TEvent : IMessage<TEvent>, new() => [.. received.Select(Parser.Parse<TEvent>)];

    public ValueTask DisposeAsync() => app.DisposeAsync();
}

