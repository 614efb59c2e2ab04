using Ledningssystem.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// The planning pages in a real browser (Debian's Chromium driven by playwright-core, tests/tools) against this platform
/// through the gateway: the node suite browser/planning-pages.test.js has the förvaltningschef plan and fastställa an
/// egenkontroll (a refused value shown at its field) and cancel an occurrence in the årshjul, the kvalitetsutvecklare
/// write, publish and share a checklist that another organisation adopts, hold a riskanalys and adopt the risk- och
/// väsentlighetsanalys whose control SelfInspection then plans, and a tenant admin give the risk matrix a new version,
/// with axe-core on every page. <c>SCREENSHOT_DIR=docs/screenshots</c> saves the main pages.
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class PlanningPagesInBrowserTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Plans_checklists_riskanalys_rov_and_matrix_in_the_browser_with_no_serious_accessibility_violation()
    {
        var result = await BrowserSuite.RunAsync(platform, TimeSpan.FromMinutes(5), "planning-pages.test.js");

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
