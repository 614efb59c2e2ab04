using System.Net;
using Ledningssystem.Testing;

namespace Ledningssystem.Reporting.Tests;

/// <summary>The service as its own process on a fresh database: migrated at start-up and healthy on both listeners.</summary>
public sealed class HealthTests
{
    [Fact]
    [Trait("Category", "Database")]
    public async Task The_service_migrates_its_database_and_answers_health_on_both_listeners()
    {
        await using var issuer = await DevTokenIssuerProcess.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        var ports = FreePorts.Take(2);
        var settings = ServiceSettings.For(ports, database, issuer);
        settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information";
        await using var service = await ServerProcess.StartAsync(
            "dotnet",
            [
                Path.Combine(AppContext.BaseDirectory, "Reporting.dll"),
                "--contentRoot", RepositoryPaths.Combine("services", "Reporting"),
                .. settings.Select(setting => $"--{setting.Key}={setting.Value}"),
            ],
            readyMarker: "Application started",
            timeout: TimeSpan.FromSeconds(90));

        await ServiceHealth.WaitForAsync(new Uri($"http://127.0.0.1:{ports[0]}"));
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{ports[1]}/healthz"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
