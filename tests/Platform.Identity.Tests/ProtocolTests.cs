using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Ledningssystem.Identity.Tests.Support;

namespace Ledningssystem.Identity.Tests;

/// <summary>
/// What an unauthenticated caller sees on each protocol: a gRPC status, never a bare HTTP 401; and the
/// platform endpoints that stay anonymous.
/// </summary>
[Collection(OidcPlatformGroup.Name)]
public sealed class ProtocolTests(OidcPlatform platform) : IDisposable
{
    private const string WhoAmIPath = "/identitytest.v1.RecordService/WhoAmI";

    private readonly HttpClient http = new(new SocketsHttpHandler()) { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Connect_call_without_a_token_gets_the_unauthenticated_error()
    {
        using var response = await PostAsync(platform.Server.WebAddress, "application/json", Encoding.UTF8.GetBytes("{}"), HttpVersion.Version11);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unauthenticated", error.RootElement.GetProperty("code").GetString());
        Assert.Equal("Inloggning krävs.", error.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Connect_call_with_a_token_is_served()
    {
        using var response = await PostAsync(platform.Server.WebAddress, "application/json", Encoding.UTF8.GetBytes("{}"), HttpVersion.Version11,
            await platform.TokenAsync("anna"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var me = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(OidcPlatform.TenantA, me.RootElement.GetProperty("tenantId").GetString());
    }

    [Fact]
    public async Task Grpc_call_without_a_token_is_http_200_with_grpc_status_16()
    {
        using var response = await PostAsync(platform.Server.GrpcAddress, "application/grpc", EmptyMessageFrame, HttpVersion.Version20);
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("16", GrpcStatusOf(response));
    }

    [Fact]
    public async Task Grpc_web_call_without_a_token_is_http_200_with_grpc_status_16()
    {
        using var response = await PostAsync(platform.Server.WebAddress, "application/grpc-web+proto", EmptyMessageFrame, HttpVersion.Version11);
        await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("16", GrpcStatusOf(response));
    }

    [Fact]
    public async Task Health_is_served_without_a_token()
    {
        var health = new Health.HealthClient(platform.Server.Channel);

        var reply = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
        using var healthz = await http.GetAsync(new Uri(platform.Server.WebAddress, "/healthz"));
        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
    }

    [Fact]
    public async Task Reflection_is_served_without_a_token()
    {
        var reflection = new ServerReflection.ServerReflectionClient(platform.Server.Channel);
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());

        Assert.Contains(call.ResponseStream.Current.ListServicesResponse.Service, s => s.Name == "identitytest.v1.RecordService");
    }

    public void Dispose() => http.Dispose();

    private static byte[] EmptyMessageFrame => [0, 0, 0, 0, 0];

    private async Task<HttpResponseMessage> PostAsync(Uri server, string contentType, byte[] body, Version version, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, WhoAmIPath))
        {
            Version = version,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await http.SendAsync(request);
    }

    private static string? GrpcStatusOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("grpc-status", out var inHeaders) ? inHeaders.Single()
        : response.TrailingHeaders.TryGetValues("grpc-status", out var inTrailers) ? inTrailers.Single()
        : null;
}
