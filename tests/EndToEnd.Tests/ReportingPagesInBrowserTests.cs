using Ledningssystem.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// The Reporting pages in a real browser (Debian's Chromium driven by playwright-core, tests/tools) against this
/// platform through the gateway: the node suite browser/reporting-pages.test.js has the MAS read Statistik and download
/// it as CSV, record a kvalitetsråd's protocol and write a patientsäkerhetsberättelse that the verksamhetschef approves,
/// exports as PDF and publishes; the public reads it without logging in, and the nämnd opens the regional comparison.
/// axe-core on every page. <c>SCREENSHOT_DIR=docs/screenshots</c> saves the main pages.
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class ReportingPagesInBrowserTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Statistics_council_annual_report_and_comparison_in_the_browser_with_no_serious_accessibility_violation()
    {
        var result = await BrowserSuite.RunAsync(platform, TimeSpan.FromMinutes(6), "reporting-pages.test.js");

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
