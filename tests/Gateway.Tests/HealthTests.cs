using System.Net;
using System.Text.Json;
using Ledningssystem.Gateway.Tests.Support;

namespace Ledningssystem.Gateway.Tests;

/// <summary>/healthz aggregates the services behind the gateway; /healthz/services breaks it down.</summary>
[Collection(BackendsGroup.Name)]
public sealed class HealthTests(BackendsFixture backends) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = backends.Gateway.WebAddress };

    [Fact]
    public async Task Health_is_unhealthy_while_a_service_is_down_and_names_each_service()
    {
        var services = await Eventually(async () =>
        {
            using var response = await http.GetAsync(new Uri("/healthz/services", UriKind.Relative));
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var statuses = json.RootElement.GetProperty("services").EnumerateArray()
                .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("status").GetString()!);
            return statuses.GetValueOrDefault("organizations-grpc") == "Healthy" && statuses.GetValueOrDefault("incidents-grpc") == "Unhealthy" ? statuses : null;
        });
        using var aggregate = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal("Healthy", services["organizations-web"]);
        Assert.Equal("Unhealthy", services["documents-web"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, aggregate.StatusCode);
    }

    public void Dispose() => http.Dispose();

    private static async Task<T> Eventually<T>(Func<Task<T?>> probe)
        where T : class
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await probe() is { } result)
            {
                return result;
            }
            if (attempt == 100)
            {
                throw new TimeoutException("The gateway's health never showed the expected services.");
            }
            await Task.Delay(200);
        }
    }
}
