using System.Globalization;
using Ledningssystem.EndToEnd.Tests.Support;
using Ledningssystem.Testing;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// Adding a service is what docs/adding-a-service.md says: in a copy of this repository, the template's script creates
/// a service, after which the README's run command builds and starts it and the gateway routes to it, healthy.
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class NewServiceTests
{
    [Fact]
    public async Task A_service_from_the_template_starts_under_the_launcher_and_is_healthy_behind_the_gateway()
    {
        var copy = await CopyOfRepositoryAsync();
        try
        {
            var created = await ExternalProcess.RunAsync(
                "bash", [Path.Combine(copy, "services", "ServiceTemplate", "new-service"), "Examples", "Example"], copy, TimeSpan.FromMinutes(10));
            Assert.True(created.ExitCode == 0, created.Output);

            var offset = PlatformFixture.FreeOffset(copy);
            await using var platform = await ServerProcess.StartAsync(
                "dotnet",
                [
                    "run", "--project", Path.Combine(copy, "services", "AppHost"), "--",
                    $"--Platform:DataDirectory={Path.Combine(copy, ".data")}",
                    $"--Platform:PortOffset={offset.ToString(CultureInfo.InvariantCulture)}",
                    "--Platform:BuildWebApp=false", // the web app has its own tests; here it would only add an npm install
                ],
                readyMarker: PlatformFixture.ReadyMarker,
                timeout: TimeSpan.FromMinutes(10));

            var gatewayWeb = new Uri($"http://127.0.0.1:{(8081 + offset).ToString(CultureInfo.InvariantCulture)}");
            await PlatformFixture.WaitUntilGatewaySeesAsync(gatewayWeb, () => platform.Output, "examples-grpc", "examples-web");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>What a clean clone holds, plus this working tree's uncommitted changes: the files git tracks or would.</summary>
    private static async Task<string> CopyOfRepositoryAsync()
    {
        var copy = Directory.CreateTempSubdirectory("ledningssystem-new-service-").FullName;
        var files = await ExternalProcess.RunAsync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"]);
        Assert.True(files.ExitCode == 0, files.Output);
        foreach (var file in files.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = RepositoryPaths.Combine(file);
            if (File.Exists(source))
            {
                var target = Path.Combine(copy, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
        }
        return copy;
    }
}
