using System.Net;
using System.Text;
using System.Text.Json;

namespace Ledningssystem.Interop.Tests;

/// <summary>Connect unary JSON calls, as a browser's fetch sends them over HTTP/1.1 to the web port.</summary>
[Collection(InteropServerGroup.Name)]
public sealed class ConnectJsonTests(InteropServerFixture server) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(20) };

    [Fact]
    public async Task Json_call_answers_200_with_the_response_message_as_json()
    {
        using var response = await PostAsync("""{"responseSize":10}""");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        var payload = Assert.Single(json.RootElement.EnumerateObject());
        Assert.Equal("payload", payload.Name);
        Assert.Equal(new byte[10], payload.Value.GetProperty("body").GetBytesFromBase64());
    }

    [Fact]
    public async Task Requested_error_status_answers_http_404_with_connect_error_json()
    {
        using var response = await PostAsync("""{"responseStatus":{"code":5,"message":"Avvikelsen finns inte"}}""");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("not_found", json.RootElement.GetProperty("code").GetString());
        Assert.Equal("Avvikelsen finns inte", json.RootElement.GetProperty("message").GetString());
    }

    public void Dispose() => http.Dispose();

    private Task<HttpResponseMessage> PostAsync(string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.WebAddress, "grpc.testing.TestService/UnaryCall"))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Connect-Protocol-Version", "1");
        return http.SendAsync(request);
    }
}
