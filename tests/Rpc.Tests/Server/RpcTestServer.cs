using System.Collections.Concurrent;
using Ledningssystem.Rpc.Client;
using Ledningssystem.Rpc.Tests.Probe;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Grpc.Net.Client;

namespace Ledningssystem.Rpc.Tests.Server;

/// <summary>A real Kestrel server with the platform's RPC defaults and the probe service, on free loopback ports.</summary>
public sealed class RpcTestServer : IAsyncLifetime
{
    public const int MaxMessageSizeBytes = 1024 * 1024;

    private readonly int[] ports = FreePorts.Take(2);
    private WebApplication? app;

    public int GrpcPort => ports[0];

    public int WebPort => ports[1];

    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort}");

    public Uri WebAddress => new($"http://127.0.0.1:{WebPort}");

    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Logs { get; } = new();

    public ProbeObservations Observations { get; } = new();

    public GrpcChannel Channel { get; private set; } = null!;

    public ProbeService.ProbeServiceClient Client { get; private set; } = null!;

    public IServiceProvider Services => app!.Services;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rpc:GrpcPort"] = GrpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rpc:WebPort"] = WebPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rpc:MaxMessageSizeBytes"] = MaxMessageSizeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rpc:ResponseCompression"] = "gzip",
            ["Rpc:CorsAllowedOrigins:0"] = "https://app.example.se",
            ["Services:probe:GrpcAddress"] = GrpcAddress.ToString(),
        });
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(new CapturingLoggerProvider(Logs));
        builder.AddLedningssystemRpc();
        builder.Services.AddSingleton(Observations);
        builder.AddServiceClient<ProbeService.ProbeServiceClient>("probe");
        builder.AddServiceClient<UnmappedService.UnmappedServiceClient>("nowhere");
        builder.Services.AddSingleton<IRequestValidator<RegisterRequest>, RegisterRequestValidator>();

        app = builder.Build();
        app.UseLedningssystemRpc();
        app.MapGrpcService<ProbeApi>();
        app.MapPost("/hooks/ping", () => Results.Json(new { pong = true }));
        await app.StartAsync();

        Channel = RpcChannels.Create(GrpcAddress, maxMessageSizeBytes: 8 * MaxMessageSizeBytes);
        Client = new ProbeService.ProbeServiceClient(Channel);
    }

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<(LogLevel, string, string, Exception?)> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<(LogLevel, string, string, Exception?)> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}

[CollectionDefinition(Name)]
public sealed class RpcServerGroup : ICollectionFixture<RpcTestServer>
{
    public const string Name = "rpc-server";
}
