using System.Globalization;
using Ledningssystem.Testing;

namespace Ledningssystem.Interop.Tests;

/// <summary>The built InteropServer (our stack serving grpc.testing.TestService), one process for the tests that share it.</summary>
public sealed class InteropServerFixture : IAsyncLifetime
{
    private ServerProcess? server;

    public int GrpcPort { get; private set; }

    public int WebPort { get; private set; }

    /// <summary>h2c gRPC.</summary>
    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort}");

    /// <summary>HTTP/1.1 for gRPC-Web and Connect.</summary>
    public Uri WebAddress => new($"http://127.0.0.1:{WebPort}");

    public string Output => server?.Output ?? "";

    public async Task InitializeAsync()
    {
        await TestTools.EnsureInstalledAsync();
        var ports = FreePorts.Take(2);
        GrpcPort = ports[0];
        WebPort = ports[1];
        var dll = Path.Combine(AppContext.BaseDirectory, "InteropServer.dll");
        server = await ServerProcess.StartAsync(
            "dotnet",
            [dll, "--port", Invariant(GrpcPort), "--web-port", Invariant(WebPort)],
            readyMarker: "InteropServer listening",
            timeout: TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

[CollectionDefinition(Name)]
public sealed class InteropServerGroup : ICollectionFixture<InteropServerFixture>
{
    public const string Name = "InteropServer";
}
