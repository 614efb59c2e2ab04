using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Gateway.Tests.Support;
using static Ledningssystem.Gateway.Tests.Support.BackendsFixture;

namespace Ledningssystem.Gateway.Tests;

/// <summary>Browsers on the HTTP/1.1 listener: gRPC-Web, Connect JSON, CORS, security headers, the static frontend.</summary>
[Collection(BackendsGroup.Name)]
public sealed class BrowserListenerTests(BackendsFixture backends) : IDisposable
{
    private const string ListUnits = "/ledningssystem.organizations.v1.UnitService/ListUnits";
    private readonly HttpClient http = new() { BaseAddress = backends.Gateway.WebAddress };

    [Fact]
    public async Task A_grpc_web_call_over_http1_reaches_Organizations()
    {
        using var channel = GrpcChannel.ForAddress(backends.Gateway.WebAddress, new GrpcChannelOptions
        {
            HttpHandler = new GrpcWebHandler(GrpcWebMode.GrpcWeb, new HttpClientHandler()),
            HttpVersion = HttpVersion.Version11,
            HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });

        var response = await new UnitService.UnitServiceClient(channel)
            .ListUnitsAsync(new ListUnitsRequest { PageSize = 3 }, Bearer(await backends.TokenAsync("erik.eriksson")));

        Assert.NotEmpty(response.Units);
        Assert.All(response.Units, unit => Assert.Equal("aldrenamnden", unit.TenantId));
    }

    [Fact]
    public async Task A_connect_json_call_from_an_allowed_origin_is_answered_with_cors_headers()
    {
        using var request = ConnectCall(ListUnits, """{"pageSize":2}""", await backends.TokenAsync("lina.lind"));
        request.Headers.Add("Origin", AllowedOrigin);

        using var response = await http.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AllowedOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.All(body.RootElement.GetProperty("units").EnumerateArray(), unit => Assert.Equal("stodboende-ab", unit.GetProperty("tenantId").GetString()));
    }

    [Fact]
    public async Task A_connect_call_without_a_token_gets_401_with_a_connect_error()
    {
        using var response = await http.SendAsync(ConnectCall(ListUnits, "{}", token: null));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthenticated", body.RootElement.GetProperty("code").GetString());
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_cors_preflight_is_answered_for_allowed_origins_only()
    {
        using var allowed = await http.SendAsync(Preflight(AllowedOrigin));
        using var other = await http.SendAsync(Preflight("https://angripare.example"));

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(AllowedOrigin, Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("authorization", Header(allowed, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(Header(other, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Browser_responses_carry_security_headers_and_no_hsts_without_tls()
    {
        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Null(Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_web_app_learns_its_issuer_from_the_gateway_which_lets_it_fetch_tokens_there()
    {
        using var response = await http.GetAsync(new Uri("/web-config.json", UriKind.Relative));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var issuerOrigin = new Uri(backends.Issuer.Issuer).GetLeftPart(UriPartial.Authority);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(backends.Issuer.Issuer, body.RootElement.GetProperty("authority").GetString());
        Assert.Equal("ledningssystem-web", body.RootElement.GetProperty("clientId").GetString());
        Assert.Contains($"connect-src 'self' {issuerOrigin};", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_frontend_is_served_without_a_token_and_its_routes_fall_back_to_index_html()
    {
        using var root = await http.GetAsync(new Uri("/", UriKind.Relative));
        using var clientRoute = await http.GetAsync(new Uri("/avvikelser/123", UriKind.Relative));
        using var missingFile = await http.GetAsync(new Uri("/saknas.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.Contains("Ledningssystem", await root.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", clientRoute.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await root.Content.ReadAsStringAsync(), await clientRoute.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, missingFile.StatusCode);
    }

    [Fact]
    public async Task A_request_larger_than_the_limit_is_refused_with_413()
    {
        var tooLarge = $$"""{"pageSize":1,"pageToken":"{{new string('x', 70_000)}}"}""";

        using var response = await http.SendAsync(ConnectCall(ListUnits, tooLarge, await backends.TokenAsync("lina.lind")));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("resource_exhausted", body.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_caller_without_a_token_has_the_smaller_limit_of_a_public_form()
    {
        var form = $$"""{"description":"{{new string('x', 10_000)}}"}""";

        using var anonymous = await http.SendAsync(ConnectCall(PublicRecorderPath + "form", form, token: null));
        using var signedIn = await http.SendAsync(ConnectCall(RecorderPath + "form", form, await backends.TokenAsync("lina.lind")));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Fact]
    public async Task A_browser_call_to_a_service_that_is_down_gets_503()
    {
        using var response = await http.SendAsync(ConnectCall("/ledningssystem.documents.v1.DocumentService/ListDocuments", "{}", await backends.TokenAsync("lina.lind")));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unavailable", body.RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_token_and_the_trace_context_travel_on_to_the_service()
    {
        var token = await backends.TokenAsync("anna.andersson");
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var callerSpan = ActivitySpanId.CreateRandom().ToHexString();
        using var request = ConnectCall(RecorderPath + "trace", "{}", token);
        request.Headers.Add("traceparent", $"00-{traceId}-{callerSpan}-01");

        using var response = await http.SendAsync(request);
        var received = backends.Recorder.LastRequestTo(RecorderPath + "trace");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {token}", received["authorization"]);
        var parts = received["traceparent"].Split('-');
        Assert.Equal(traceId, parts[1]);
        Assert.NotEqual(callerSpan, parts[2]);
    }

    [Fact]
    public async Task Only_allow_listed_paths_are_open_without_a_token()
    {
        using var open = await http.SendAsync(ConnectCall(PublicRecorderPath + "klagomal", "{}", token: null));
        using var closed = await http.SendAsync(ConnectCall(RecorderPath + "klagomal", "{}", token: null));

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, closed.StatusCode);
        Assert.DoesNotContain(backends.Recorder.Requests, r => r.Path == RecorderPath + "klagomal");
    }

    public void Dispose() => http.Dispose();

    private static HttpRequestMessage ConnectCall(string path, string json, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Connect-Protocol-Version", "1");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri(ListUnits, UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,connect-protocol-version");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
