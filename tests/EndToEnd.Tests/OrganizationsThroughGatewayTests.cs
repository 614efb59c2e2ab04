using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using Ledningssystem.Testing;
using static Ledningssystem.EndToEnd.Tests.Support.PlatformFixture;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>Organizations, reached through the gateway by clients of every kind, and one tenant walled off from another.</summary>
[Collection(PlatformGroup.Name)]
public sealed class OrganizationsThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_grpc_js_client_over_http2_lists_its_users_units()
    {
        var token = await platform.TokenAsync("anna.andersson");

        var result = await ExternalProcess.RunAsync(
            "node",
            [RepositoryPaths.Combine("tests", "EndToEnd.Tests", "node", "list_units.js"), "--address", platform.GatewayGrpc.Authority, "--token", token],
            timeout: TimeSpan.FromSeconds(60));
        var refused = await ExternalProcess.RunAsync(
            "node",
            [RepositoryPaths.Combine("tests", "EndToEnd.Tests", "node", "list_units.js"), "--address", platform.GatewayGrpc.Authority],
            timeout: TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == 0, result.Output);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.NotEmpty(units);
        Assert.All(units, unit => Assert.Equal("aldrenamnden", unit.GetProperty("tenantId").GetString()));
        Assert.Contains("UNAUTHENTICATED", refused.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_style_connect_json_call_over_http1_lists_the_users_units()
    {
        using var http = new HttpClient { BaseAddress = platform.GatewayWeb };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/ledningssystem.organizations.v1.UnitService/ListUnits", UriKind.Relative))
        {
            Content = new StringContent("""{"pageSize":50}""", Encoding.UTF8, "application/json"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("Connect-Protocol-Version", "1");
        request.Headers.Add("Origin", platform.GatewayWeb.GetLeftPart(UriPartial.Authority));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync("tove.thorsson"));

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.Contains(json.RootElement.GetProperty("units").EnumerateArray(), unit => unit.GetProperty("unitId").GetString() == "omsorg-ab.hemtjanst-city");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_grpc_web_call_over_http1_lists_the_users_units()
    {
        using var channel = GrpcChannel.ForAddress(platform.GatewayWeb, new GrpcChannelOptions
        {
            HttpHandler = new GrpcWebHandler(GrpcWebMode.GrpcWebText, new HttpClientHandler()),
            HttpVersion = HttpVersion.Version11,
            HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });

        var response = await new UnitService.UnitServiceClient(channel).ListUnitsAsync(new ListUnitsRequest(), Bearer(await platform.TokenAsync("lina.lind")));

        Assert.NotEmpty(response.Units);
        Assert.All(response.Units, unit => Assert.Equal("stodboende-ab", unit.TenantId));
    }

    [Fact]
    public async Task A_user_of_another_tenant_sees_nothing_of_the_first()
    {
        using var channel = platform.GrpcChannel();
        var units = new UnitService.UnitServiceClient(channel);
        var anna = Bearer(await platform.TokenAsync("anna.andersson"));
        var tove = Bearer(await platform.TokenAsync("tove.thorsson"));

        var annasUnit = (await units.ListUnitsAsync(new ListUnitsRequest(), anna)).Units.First();
        var tovesUnits = await units.ListUnitsAsync(new ListUnitsRequest { PageSize = 500 }, tove);
        var lookup = await Assert.ThrowsAsync<RpcException>(() => units.GetUnitAsync(new GetUnitRequest { UnitId = annasUnit.UnitId }, tove).ResponseAsync);

        Assert.Equal("aldrenamnden", annasUnit.TenantId);
        Assert.DoesNotContain(tovesUnits.Units, unit => unit.TenantId == "aldrenamnden");
        Assert.Equal(StatusCode.NotFound, lookup.StatusCode);
    }
}
