using System.Globalization;
using Ledningssystem.Testing;

namespace Ledningssystem.Interop.Tests;

/// <summary>tests/Interop/node/peer_server.js: grpc.testing.TestService implemented with @grpc/grpc-js.</summary>
public sealed class PeerServerFixture : IAsyncLifetime
{
    private ServerProcess? server;

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await TestTools.EnsureInstalledAsync();
        var port = FreePorts.Take(1)[0];
        Address = new Uri($"http://127.0.0.1:{port}");
        server = await ServerProcess.StartAsync(
            "node",
            [NodeScripts.Path("peer_server.js"), "--port", port.ToString(CultureInfo.InvariantCulture)],
            readyMarker: "listening",
            timeout: TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
