using System.Net;
using Xunit;

namespace Ledningssystem.Testing;

/// <summary>A service's own program (the built dll beside the tests), started as the launcher and the chart start it.</summary>
public static class ServiceProgramHealth
{
    /// <summary>
    /// Starts the program of <c>services/{project}</c> on a fresh database with a real token issuer and checks that it
    /// migrates at start-up and answers health on both listeners (gRPC health on the first, /healthz on the second).
    /// </summary>
    public static async Task AssertMigratesAndAnswersHealthAsync(string project)
    {
        await using var issuer = await DevTokenIssuerProcess.StartAsync();
        await using var database = await TestDatabase.CreateAsync();
        var ports = FreePorts.Take(2);
        var settings = ServiceSettings.For(ports, database, issuer);
        settings["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information";
        await using var service = await ServerProcess.StartAsync(
            "dotnet",
            [
                Path.Combine(AppContext.BaseDirectory, project + ".dll"),
                "--contentRoot", RepositoryPaths.Combine("services", project),
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
