using System.Collections.Concurrent;
using System.Net;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>A subscriber of one topic that answers deliveries from a script: status code and body, in turn.</summary>
public sealed class ScriptedSubscriber : IAsyncDisposable
{
    private readonly ConcurrentQueue<(int Status, string Body)> script = new();
    private readonly WebApplication app;
    private int received;

    private ScriptedSubscriber(WebApplication app, int port)
    {
        this.app = app;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    /// <summary>How many deliveries arrived.</summary>
    public int Received => received;

    public static async Task<ScriptedSubscriber> StartAsync(string topic)
    {
        var port = FreePorts.Take(1)[0];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var subscriber = new ScriptedSubscriber(builder.Build(), port);
        subscriber.app.MapGet("/dapr/subscribe", () => Results.Json(new[] { new { pubsubname = "pubsub", topic, routes = new { @default = "/in" } } }));
        subscriber.app.MapPost("/in", subscriber.Answer);
        await subscriber.app.StartAsync();
        return subscriber;
    }

    /// <summary>Answers for the next deliveries; once the script is used up, deliveries get an empty 200.</summary>
    public void Then(int status, string body = "") => script.Enqueue((status, body));

    private IResult Answer()
    {
        Interlocked.Increment(ref received);
        var (status, body) = script.TryDequeue(out var next) ? next : (200, "");
        // No write at all for an empty body: Kestrel throws on any write to a 204, even an empty one, and then drops the
        // connection, which made the relay's next delivery on it fail now and then.
        return body.Length == 0 ? Results.StatusCode(status) : Results.Text(body, "application/json", statusCode: status);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
