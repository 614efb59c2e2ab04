using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace Ledningssystem.Rpc.Tests;

/// <summary>Hand-made gRPC requests over h2c, for input that a well-behaved client would never send.</summary>
public sealed class RawHttp2 : IDisposable
{
    private readonly HttpClient client = new(new SocketsHttpHandler()) { Timeout = TimeSpan.FromSeconds(20) };

    public static byte[] Frame(ReadOnlySpan<byte> message, bool compressed = false, uint? declaredLength = null)
    {
        var framed = new byte[message.Length + 5];
        framed[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(framed.AsSpan(1, 4), declaredLength ?? (uint)message.Length);
        message.CopyTo(framed.AsSpan(5));
        return framed;
    }

    public async Task<RawGrpcResponse> PostAsync(Uri address, string path, byte[] body, string contentType = "application/grpc", IEnumerable<(string, string)>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, path))
        {
            Content = new ByteArrayContent(body),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await client.SendAsync(request);
        var content = await response.Content.ReadAsByteArrayAsync();
        string? Header(string name) =>
            response.TrailingHeaders.TryGetValues(name, out var t) ? t.First()
            : response.Headers.TryGetValues(name, out var h) ? h.First()
            : null;
        return new RawGrpcResponse((int)response.StatusCode, Header("grpc-status"), Header("grpc-message"), Header("grpc-accept-encoding"), Header("grpc-encoding"), content);
    }

    public void Dispose() => client.Dispose();
}

public sealed record RawGrpcResponse(int HttpStatus, string? GrpcStatus, string? GrpcMessage, string? AcceptEncoding, string? Encoding, byte[] Body);
