using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Google.Protobuf;
using Ledningssystem.Rpc.Tests.Probe;
using Ledningssystem.Rpc.Tests.Server;

namespace Ledningssystem.Rpc.Tests;

/// <summary>gRPC-Web as browsers send it: HTTP/1.1 to the web endpoint, trailers in a 0x80 frame.</summary>
[Collection(RpcServerGroup.Name)]
public sealed class GrpcWebTests(RpcTestServer server) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Binary_grpc_web_call_returns_message_and_trailer_frame()
    {
        var body = RawHttp2.Frame(new EchoRequest { Payload = ByteString.CopyFromUtf8("webb") }.ToByteArray());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.WebAddress, "/probe.v1.ProbeService/Echo"))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc-web+proto");
        request.Headers.Add("x-grpc-web", "1");
        request.Headers.Add("x-probe", "w1");

        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
        Assert.Equal("w1", string.Join('|', response.Headers.GetValues("x-probe")));
        Assert.Equal(0, bytes[0]);
        var length = (bytes[1] << 24) | (bytes[2] << 16) | (bytes[3] << 8) | bytes[4];
        Assert.Equal("webb", EchoResponse.Parser.ParseFrom(bytes, 5, length).Payload.ToStringUtf8());
        var trailerFrame = bytes.AsSpan(5 + length);
        Assert.Equal(0x80, trailerFrame[0]);
        Assert.Contains("grpc-status:0", Encoding.ASCII.GetString(trailerFrame[5..]).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    public void Dispose() => http.Dispose();
}
