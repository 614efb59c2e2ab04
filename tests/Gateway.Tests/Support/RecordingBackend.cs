using System.Collections.Concurrent;
using System.Net;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.Gateway.Tests.Support;

/// <summary>
/// A stand-in browser endpoint behind the gateway that records the headers of every request it gets, to see
/// what the gateway passes on (token, traceparent). Answers 200 "{}" to everything.
/// </summary>
public sealed class RecordingBackend : IAsyncDisposable
{
    private readonly WebApplication app;

    private RecordingBackend(WebApplication app, int port)
    {
        this.app = app;
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Address { get; }

    public ConcurrentQueue<(string Path, IReadOnlyDictionary<string, string> Headers)> Requests { get; } = new();

    public static async Task<RecordingBackend> StartAsync()
    {
        var port = FreePorts.Take(1)[0];
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        var backend = new RecordingBackend(app, port);
        app.Run(async context =>
        {
            backend.Requests.Enqueue((context.Request.Path.Value ?? "", context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString())));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{}");
        });
        await app.StartAsync();
        return backend;
    }

    public IReadOnlyDictionary<string, string> LastRequestTo(string path) =>
        Requests.LastOrDefault(r => r.Path == path).Headers ?? throw new InvalidOperationException($"The backend got no request to {path}.");

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
