using System.Text.Json;
using System.Text.RegularExpressions;
using Ledningssystem.EndToEnd.Tests.Support;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>What a newcomer meets: a start-up log without false alarms and the README's call that needs only curl.</summary>
[Collection(PlatformGroup.Name)]
public sealed partial class FirstFiveMinutesTests(PlatformFixture platform)
{
    /// <summary>
    /// Warnings and errors that a healthy start may print, each with its reason. Keep it short: a line that is not
    /// a fault should be logged below Warning instead (docs/operations.md lists what was demoted and why).
    /// </summary>
    private static readonly string[] ExpectedWarnings = [];

    [Fact]
    public void Start_up_logs_no_warning_or_error_before_the_first_call()
    {
        var alarms = platform.StartupOutput.Split('\n')
            .Where(line => LogLevelPrefix().IsMatch(line))
            .Where(line => !ExpectedWarnings.Any(expected => line.Contains(expected, StringComparison.Ordinal)))
            .ToList();

        Assert.True(alarms.Count == 0, $"Unexpected warnings or errors at start-up:\n{string.Join('\n', alarms)}\n\nWhole log:\n{platform.StartupOutput}");
    }

    [Fact]
    public async Task The_readmes_curl_example_lists_units()
    {
        var readme = await File.ReadAllTextAsync(RepositoryPaths.Combine("README.md"));
        var example = CurlExample().Match(readme);
        Assert.True(example.Success, "README.md has no ```bash block that calls ListUnits with curl.");
        var script = ShiftedPorts(example.Groups["script"].Value);

        var result = await ExternalProcess.RunAsync("bash", ["-euo", "pipefail", "-c", script], timeout: TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == 0, result.Output);
        using var json = JsonDocument.Parse(result.StandardOutput);
        Assert.NotEmpty(json.RootElement.GetProperty("units").EnumerateArray());
    }

    /// <summary>The README's loopback ports (the issuer's, the gateway's) moved to the test platform's.</summary>
    private string ShiftedPorts(string script) =>
        LoopbackPort().Replace(script, match => $"127.0.0.1:{int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + platform.PortOffset}");

    // "[gateway       ] warn: Category[id]" as the launcher prefixes each process's console log.
    [GeneratedRegex(@"^\[[^\]]+\] (warn|fail|crit):")]
    private static partial Regex LogLevelPrefix();

    [GeneratedRegex(@"```bash\n(?<script>(?:(?!```)[\s\S])*?curl(?:(?!```)[\s\S])*?UnitService/ListUnits(?:(?!```)[\s\S])*?)```")]
    private static partial Regex CurlExample();

    [GeneratedRegex(@"127\.0\.0\.1:(\d{4,5})")]
    private static partial Regex LoopbackPort();
}
