using Ledningssystem.Testing;

namespace Ledningssystem.EndToEnd.Tests.Support;

/// <summary>Runs node suites of <c>browser/</c> (node's test runner, spec reporter) against the platform's gateway.</summary>
public static class BrowserSuite
{
    public static Task<ProcessResult> RunAsync(PlatformFixture platform, TimeSpan timeout, params string[] suites) =>
        ExternalProcess.RunAsync(
            "node",
            ["--test", "--test-reporter=spec", .. suites.Select(suite => RepositoryPaths.Combine("tests", "EndToEnd.Tests", "browser", suite))],
            timeout: timeout,
            environment: new Dictionary<string, string> { ["GATEWAY_WEB"] = platform.GatewayWeb.GetLeftPart(UriPartial.Authority) });
}
