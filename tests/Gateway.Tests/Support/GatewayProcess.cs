using System.Globalization;
using Ledningssystem.Testing;

namespace Ledningssystem.Gateway.Tests.Support;

/// <summary>The built gateway run as a process on free ports, configured by command-line settings on top of gateway/appsettings.json.</summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly ServerProcess process;

    private GatewayProcess(ServerProcess process, int grpcPort, int webPort)
    {
        this.process = process;
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
        WebAddress = new Uri($"http://127.0.0.1:{webPort}");
    }

    /// <summary>The HTTP/2 listener (gRPC).</summary>
    public Uri GrpcAddress { get; }

    /// <summary>The HTTP/1.1 listener (gRPC-Web, Connect, static files).</summary>
    public Uri WebAddress { get; }

    public string Output => process.Output;

    public static async Task<GatewayProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var ports = FreePorts.Take(2);
        List<string> arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "Gateway.dll"),
            "--contentRoot", RepositoryPaths.Combine("gateway"),
            "--environment", "Development",
            $"--Gateway:GrpcPort={ports[0].ToString(CultureInfo.InvariantCulture)}",
            $"--Gateway:WebPort={ports[1].ToString(CultureInfo.InvariantCulture)}",
        ];
        arguments.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        var process = await ServerProcess.StartAsync("dotnet", arguments, readyMarker: "Application started", timeout: TimeSpan.FromSeconds(60));
        return new GatewayProcess(process, ports[0], ports[1]);
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
