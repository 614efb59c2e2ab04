using System.Buffers.Binary;
using System.Net;
using System.Text;
using Google.Protobuf;
using Grpc.Testing;

namespace Ledningssystem.Interop.Tests;

/// <summary>gRPC-Web in its base64 text form, as browser clients without binary streams use it, over plain HTTP/1.1.</summary>
[Collection(InteropServerGroup.Name)]
public sealed class GrpcWebTextTests(InteropServerFixture server) : IDisposable
{
    private const byte TrailerFrame = 0x80;

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Text_call_answers_the_message_and_a_trailer_frame_with_grpc_status_0()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.WebAddress, "grpc.testing.TestService/UnaryCall"))
        {
            Version = HttpVersion.Version11,
            Content = new StringContent(Convert.ToBase64String(Frame(0, new SimpleRequest { ResponseSize = 4 }.ToByteArray()))),
        };
        request.Content.Headers.ContentType = new("application/grpc-web-text");
        request.Headers.Add("Accept", "application/grpc-web-text");
        request.Headers.Add("X-Grpc-Web", "1");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
        Assert.Equal("application/grpc-web-text", response.Content.Headers.ContentType?.MediaType);
        var frames = ReadFrames(DecodeBase64Chunks(await response.Content.ReadAsStringAsync()));
        var message = Assert.Single(frames, f => f.Flags == 0);
        Assert.Equal(4, SimpleResponse.Parser.ParseFrom(message.Payload).Payload.Body.Length);
        var trailers = Assert.Single(frames, f => f.Flags == TrailerFrame);
        Assert.Equal("0", ParseTrailers(trailers.Payload)["grpc-status"]);
        Assert.Equal(TrailerFrame, frames[^1].Flags);
    }

    public void Dispose() => http.Dispose();

    private static byte[] Frame(byte flags, byte[] payload)
    {
        var frame = new byte[5 + payload.Length];
        frame[0] = flags;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    /// <summary>The server may flush base64 in several padded chunks, so the text is decoded four characters at a time.</summary>
    private static byte[] DecodeBase64Chunks(string text) =>
        [.. text.Chunk(4).SelectMany(quad => Convert.FromBase64String(new string(quad)))];

    private static List<(byte Flags, byte[] Payload)> ReadFrames(byte[] body)
    {
        var frames = new List<(byte, byte[])>();
        for (var offset = 0; offset < body.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(offset + 1, 4));
            frames.Add((body[offset], body[(offset + 5)..(offset + 5 + length)]));
            offset += 5 + length;
        }
        return frames;
    }

    private static Dictionary<string, string> ParseTrailers(byte[] block) =>
        Encoding.ASCII.GetString(block)
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .ToDictionary(kv => kv[0].Trim().ToLowerInvariant(), kv => kv[1].Trim());
}
