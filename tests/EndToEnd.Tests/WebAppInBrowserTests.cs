using Ledningssystem.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// The staff web app in a real browser (Debian's Chromium driven by playwright-core, tests/tools) against this
/// platform through the gateway: the node suite in browser/ logs in demo users with PKCE, reports on a phone,
/// triages and closes as the enhetschef, shows the reporter the outcome, keeps another tenant out, and runs axe-core
/// on every page; the Dokument pages, lex Sarah to the IVO document and sharing between tenants
/// (browser/documents-and-notifications.test.js). Its printed figures (time to first render of the report form) go
/// to the test output.
/// <c>SCREENSHOT_DIR=docs/screenshots</c> in the environment saves the main pages (docs/web.md).
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class WebAppInBrowserTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Staff_report_triage_and_close_an_avvikelse_in_the_browser_with_no_serious_accessibility_violation()
    {
        var result = await BrowserSuite.RunAsync(platform, TimeSpan.FromMinutes(10), "web-app.test.js", "documents-and-notifications.test.js");

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("FIGURE report form", result.Output, StringComparison.Ordinal);
    }

    /// <summary>The app's own unit tests (Vitest: dates in Swedish time), on the packages the launcher installed for its build.</summary>
    [Fact]
    public async Task The_web_apps_unit_tests_pass()
    {
        var result = await ExternalProcess.RunAsync(
            "npm", ["test", "--silent"], workingDirectory: RepositoryPaths.Combine("gateway", "web"), timeout: TimeSpan.FromMinutes(2));

        Assert.True(result.ExitCode == 0, result.Output);
    }
}
