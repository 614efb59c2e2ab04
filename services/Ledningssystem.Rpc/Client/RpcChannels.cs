using System.Net;
using Grpc.Core;
using Grpc.Net.Client;

namespace Ledningssystem.Rpc.Client;

/// <summary>
/// Channels for service-to-service calls and tests: HTTP/2 over SocketsHttpHandler (h2c for http://, TLS
/// for https://), keep-alive pings, more connections when streams pile up, and the caller's bearer token
/// attached to every call from one place. W3C trace context flows through the handler's own propagation;
/// further client interceptors attach with grpc-dotnet's <c>channel.Intercept(...)</c>.
/// </summary>
public static class RpcChannels
{
    public static GrpcChannel Create(
        Uri address,
        Func<CancellationToken, ValueTask<string?>>? accessToken = null,
        int maxMessageSizeBytes = 4 * 1024 * 1024)
    {
        var options = new GrpcChannelOptions
        {
            HttpHandler = Handler(),
            MaxReceiveMessageSize = maxMessageSizeBytes,
            MaxSendMessageSize = maxMessageSizeBytes,
            DisposeHttpClient = true,
        };
        if (accessToken is not null)
        {
            var bearer = CallCredentials.FromInterceptor(async (context, metadata) =>
            {
                if (await accessToken(context.CancellationToken) is { Length: > 0 } token)
                {
                    metadata.Add("authorization", "Bearer " + token);
                }
            });
            var transport = address.Scheme == Uri.UriSchemeHttps ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure;
            options.Credentials = ChannelCredentials.Create(transport, bearer);
            // Inside a cluster or on one machine, service-to-service h2c carries tokens too.
            options.UnsafeUseInsecureChannelCallCredentials = transport == ChannelCredentials.Insecure;
        }
        return GrpcChannel.ForAddress(address, options);
    }

    /// <summary>The HTTP/2 handler of every platform channel.</summary>
    public static SocketsHttpHandler Handler() => new()
    {
        EnableMultipleHttp2Connections = true,
        KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        KeepAlivePingTimeout = TimeSpan.FromSeconds(20),
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        AutomaticDecompression = DecompressionMethods.None,
    };
}
