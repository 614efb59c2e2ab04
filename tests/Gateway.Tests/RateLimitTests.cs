using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Grpc.Core;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Gateway.Tests.Support;
using static Ledningssystem.Gateway.Tests.Support.BackendsFixture;

namespace Ledningssystem.Gateway.Tests;

/// <summary>
/// A gateway of its own with small buckets (4 calls per user, 6 per tenant, 3 per address without a token, 3 for the
/// integration client, refilled hourly).
/// </summary>
[Collection(BackendsGroup.Name)]
public sealed class RateLimitTests(BackendsFixture backends) : IAsyncLifetime
{
    private GatewayProcess gateway = null!;

    public async Task InitializeAsync() => gateway = await backends.StartGatewayAsync(new Dictionary<string, string>
    {
        ["Gateway:PerClientRateLimit:TokenLimit"] = "4",
        ["Gateway:PerClientRateLimit:TokensPerPeriod"] = "4",
        ["Gateway:PerClientRateLimit:ReplenishmentPeriod"] = "01:00:00",
        ["Gateway:PerTenantRateLimit:TokenLimit"] = "6",
        ["Gateway:PerTenantRateLimit:TokensPerPeriod"] = "6",
        ["Gateway:PerTenantRateLimit:ReplenishmentPeriod"] = "01:00:00",
        ["Gateway:AnonymousRateLimit:TokenLimit"] = "3",
        ["Gateway:AnonymousRateLimit:TokensPerPeriod"] = "3",
        ["Gateway:AnonymousRateLimit:ReplenishmentPeriod"] = "01:00:00",
        ["Gateway:MachineClientRateLimits:omsorg-ab-integration:TokenLimit"] = "3",
        ["Gateway:MachineClientRateLimits:omsorg-ab-integration:TokensPerPeriod"] = "3",
        ["Gateway:MachineClientRateLimits:omsorg-ab-integration:ReplenishmentPeriod"] = "01:00:00",
        // As behind an ingress controller on this host.
        ["Gateway:TrustedProxyNetworks:0"] = "127.0.0.1/32",
    });

    public Task DisposeAsync() => gateway.DisposeAsync().AsTask();

    [Fact]
    public async Task A_user_over_her_limit_gets_resource_exhausted_and_her_tenant_shares_a_limit_others_do_not()
    {
        using var channel = Channel(gateway.GrpcAddress);
        var units = new UnitService.UnitServiceClient(channel);
        var anna = Bearer(await backends.TokenAsync("anna.andersson"));
        var erik = Bearer(await backends.TokenAsync("erik.eriksson"));
        var tove = Bearer(await backends.TokenAsync("tove.thorsson"));

        for (var i = 0; i < 4; i++)
        {
            await units.ListUnitsAsync(new ListUnitsRequest(), anna);
        }
        var annaRefused = await Assert.ThrowsAsync<RpcException>(() => units.ListUnitsAsync(new ListUnitsRequest(), anna).ResponseAsync);
        // Äldrenämnden has 2 of its 6 calls left; Erik has all 4 of his own.
        await units.ListUnitsAsync(new ListUnitsRequest(), erik);
        await units.ListUnitsAsync(new ListUnitsRequest(), erik);
        var tenantRefused = await Assert.ThrowsAsync<RpcException>(() => units.ListUnitsAsync(new ListUnitsRequest(), erik).ResponseAsync);
        var otherTenant = await units.ListUnitsAsync(new ListUnitsRequest(), tove);

        Assert.Equal(StatusCode.ResourceExhausted, annaRefused.StatusCode);
        Assert.Equal(StatusCode.ResourceExhausted, tenantRefused.StatusCode);
        Assert.NotEmpty(otherTenant.Units);
    }

    [Fact]
    public async Task Another_system_with_a_client_credentials_token_has_its_own_configured_limit_apart_from_the_staff()
    {
        using var channel = Channel(gateway.GrpcAddress);
        var units = new UnitService.UnitServiceClient(channel);
        var integration = Bearer(await backends.Issuer.ServiceAccountTokenAsync("omsorg-ab-integration", "demo-secret"));
        var tove = Bearer(await backends.TokenAsync("tove.thorsson"));

        for (var i = 0; i < 3; i++)
        {
            await units.ListUnitsAsync(new ListUnitsRequest(), integration);
        }
        var refused = await Assert.ThrowsAsync<RpcException>(() => units.ListUnitsAsync(new ListUnitsRequest(), integration).ResponseAsync);
        var staff = await units.ListUnitsAsync(new ListUnitsRequest(), tove);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.NotEmpty(staff.Units);
    }

    [Fact]
    public async Task A_browser_over_the_limit_gets_429_with_retry_after()
    {
        using var http = new HttpClient { BaseAddress = gateway.WebAddress };
        var token = await backends.TokenAsync("fatima.farah");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/ledningssystem.organizations.v1.UnitService/ListUnits", UriKind.Relative))
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            last = await http.SendAsync(request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 4), HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("resource_exhausted", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        last.Dispose();
    }

    [Fact]
    public async Task Anonymous_callers_behind_a_trusted_proxy_are_limited_per_forwarded_address()
    {
        using var http = new HttpClient { BaseAddress = gateway.WebAddress };

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            first.Add(await AnonymousCallFromAsync(http, "203.0.113.10"));
        }
        var second = await AnonymousCallFromAsync(http, "203.0.113.20");

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 3), HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, second);
    }

    [Fact]
    public async Task Hsts_is_sent_when_the_trusted_proxy_terminated_tls()
    {
        using var http = new HttpClient { BaseAddress = gateway.WebAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await http.SendAsync(request);

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> AnonymousCallFromAsync(HttpClient http, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(PublicRecorderPath + "klagomal", UriKind.Relative))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", address);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
