using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Google.Rpc;
using Ledningssystem.Rpc.Tests.Probe;
using Ledningssystem.Rpc.Tests.Server;

namespace Ledningssystem.Rpc.Tests;

/// <summary>The Connect protocol's unary calls, as a browser sends them over HTTP/1.1 to the web endpoint.</summary>
[Collection(RpcServerGroup.Name)]
public sealed class ConnectTests(RpcTestServer server) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Json_call_reaches_the_grpc_handler_and_answers_json()
    {
        using var response = await PostJsonAsync("/probe.v1.ProbeService/Register", """{"name":"Åsa","unitId":"u-1"}""");

        Assert.True(HttpStatusCode.OK == response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{ "greeting": "Välkommen, Åsa!" }""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validation_error_is_400_invalid_argument_with_bad_request_details()
    {
        using var response = await PostJsonAsync("/probe.v1.ProbeService/Register", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_argument", error.RootElement.GetProperty("code").GetString());
        Assert.Equal("Begäran innehåller ogiltiga uppgifter.", error.RootElement.GetProperty("message").GetString());
        var detail = error.RootElement.GetProperty("details")[0];
        Assert.Equal("google.rpc.BadRequest", detail.GetProperty("type").GetString());
        var decoded = BadRequest.Parser.ParseFrom(Convert.FromBase64String(Pad(detail.GetProperty("value").GetString()!)));
        Assert.Equal(["name", "unit_id"], decoded.FieldViolations.Select(v => v.Field));
        Assert.Equal("unit_id", detail.GetProperty("debug").GetProperty("fieldViolations")[1].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("MODE_NOT_FOUND", HttpStatusCode.NotFound, "not_found")]
    [InlineData("MODE_ILLEGAL_TRANSITION", HttpStatusCode.BadRequest, "failed_precondition")]
    [InlineData("MODE_CRASH", HttpStatusCode.InternalServerError, "internal")]
    public async Task Errors_map_to_connect_codes_and_http_statuses(string mode, HttpStatusCode httpStatus, string code)
    {
        using var response = await PostJsonAsync("/probe.v1.ProbeService/Fail", $$"""{"mode":"{{mode}}","secret":"hunter2"}""");

        Assert.Equal(httpStatus, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var error = JsonDocument.Parse(body);
        Assert.Equal(code, error.RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unparseable_json_is_invalid_argument()
    {
        using var response = await PostJsonAsync("/probe.v1.ProbeService/Register", """{"name": 12""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_argument", error.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Unknown_method_is_404_unimplemented()
    {
        using var response = await PostJsonAsync("/probe.v1.ProbeService/DoesNotExist", "{}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unimplemented", error.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_services_own_json_route_is_not_taken_for_an_rpc()
    {
        using var response = await PostJsonAsync("/hooks/ping", "{}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"pong\":true}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Streaming_method_is_refused_over_connect_unary()
    {
        using var response = await PostJsonAsync("/probe.v1.ProbeService/Count", """{"count":2}""");

        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unimplemented", error.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Connect_timeout_becomes_a_deadline()
    {
        using var response = await PostJsonAsync("/probe.v1.ProbeService/Sleep", """{"id":"connect-timeout","milliseconds":30000}""",
            request => request.Headers.Add("connect-timeout-ms", "200"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("deadline_exceeded", error.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Binary_proto_codec_and_gzip_request_body_are_supported()
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            new EchoRequest { Payload = ByteString.CopyFromUtf8("binärt") }.WriteTo(gzip);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.WebAddress, "/probe.v1.ProbeService/Echo"))
        {
            Content = new ByteArrayContent(compressed.ToArray()),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/proto");
        request.Content.Headers.ContentEncoding.Add("gzip");
        request.Headers.Add("connect-protocol-version", "1");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/proto", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("binärt", EchoResponse.Parser.ParseFrom(await response.Content.ReadAsByteArrayAsync()).Payload.ToStringUtf8());
    }

    [Fact]
    public async Task Response_metadata_is_sent_as_headers_and_trailers_with_the_trailer_prefix()
    {
        using var response = await PostJsonAsync("/probe.v1.ProbeService/Echo", "{}", request => request.Headers.Add("x-probe", "spar-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("spar-1", string.Join("|", response.Headers.GetValues("x-probe")));
        Assert.Equal("spar-1", response.Headers.GetValues("trailer-x-probe").Single());
        Assert.False(response.Headers.Contains("grpc-status"));
    }

    [Theory]
    [InlineData("https://app.example.se", true)]
    [InlineData("https://evil.example.com", false)]
    public async Task Cors_preflight_allows_only_configured_origins(string origin, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri(server.WebAddress, "/probe.v1.ProbeService/Register"));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,connect-protocol-version,authorization");

        using var response = await http.SendAsync(request);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
    }

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> PostJsonAsync(string path, string json, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.WebAddress, path))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("connect-protocol-version", "1");
        configure?.Invoke(request);
        return await http.SendAsync(request);
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
}
