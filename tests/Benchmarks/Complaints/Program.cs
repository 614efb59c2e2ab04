using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ledningssystem.Benchmarks;
using Ledningssystem.EndToEnd.Tests.Support;

// Public complaints through the gateway of a platform as the launcher starts it, CONCURRENCY at a time, from one
// address: the gateway's bucket and calls in flight for callers without a token (Gateway:AnonymousRateLimit,
// Gateway:InFlightLimits:PerAnonymousAddress) are raised for the run, so the figures are the service's and the
// gateway's cost, not the limits'.
var total = int.Parse(Environment.GetEnvironmentVariable("COMPLAINTS") ?? "2000", CultureInfo.InvariantCulture);
var concurrency = int.Parse(Environment.GetEnvironmentVariable("CONCURRENCY") ?? "16", CultureInfo.InvariantCulture);
const string Limit = "--Platform:Gateway:Environment:Gateway__AnonymousRateLimit__";
var platform = new PlatformFixture
{
    LauncherArguments =
    [
        Limit + "TokenLimit=1000000", Limit + "TokensPerPeriod=1000000", "--Platform:Environment:Logging__LogLevel__Default=Warning",
        "--Platform:Gateway:Environment:Gateway__InFlightLimits__PerAnonymousAddress=" + concurrency.ToString(CultureInfo.InvariantCulture),
        "--Platform:BuildConfiguration=Release",
        // The service's own limit per provider (100 an hour) would refuse all but the first hundred.
        "--Platform:ServiceEnvironment:complaints:Complaints__PublicSubmissionsPerTenant=1000000",
    ],
};
await platform.InitializeAsync();
try
{
    await platform.WaitUntilGatewaySeesAsync("complaints-grpc", "complaints-web");
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = platform.GatewayWeb };
    await WaitForUnitAsync(http);
    for (var i = 0; i < 50; i++)
    {
        await SubmitAsync(http);
    }

    var result = await Load.RunAsync(total, concurrency, async _ => await SubmitAsync(http) == HttpStatusCode.OK);
    if (result.Failed > 0)
    {
        throw new InvalidOperationException($"SubmitComplaint failed {result.Failed} times.");
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"SQLite, through the gateway, {total} submissions, {concurrency} concurrent, anonymous limit raised: {result.PerSecond:F0} submitted/s, p50 {result.Percentile(0.50):F1} ms, p99 {result.Percentile(0.99):F1} ms"));
}
finally
{
    await platform.DisposeAsync();
}

static async Task<HttpStatusCode> SubmitAsync(HttpClient http)
{
    using var request = Connect("SubmitComplaint", """
        {"tenantId":"aldrenamnden","unitId":"aldrenamnden.hemtjanst-norr","kind":"COMPLAINT_KIND_OPINION",
         "subject":"Besöken","description":"Personalen borde ringa när de blir sena.","anonymous":true}
        """);
    using var response = await http.SendAsync(request);
    return response.StatusCode;
}

static async Task WaitForUnitAsync(HttpClient http)
{
    for (var attempt = 0; attempt < 240; attempt++)
    {
        using var request = Connect("ListProviderUnits", """{"tenantId":"aldrenamnden","pageSize":100}""");
        using var response = await http.SendAsync(request);
        if ((await response.Content.ReadAsStringAsync()).Contains("aldrenamnden.hemtjanst-norr", StringComparison.Ordinal))
        {
            return;
        }
        await Task.Delay(250);
    }
    throw new TimeoutException("The public form never listed Hemtjänst Norr.");
}

static HttpRequestMessage Connect(string method, string json)
{
    var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/ledningssystem.complaints.v1.PublicComplaintService/" + method, UriKind.Relative))
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    request.Headers.Add("Connect-Protocol-Version", "1");
    return request;
}
