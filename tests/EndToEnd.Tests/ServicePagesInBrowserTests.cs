using Ledningssystem.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// The pages of Complaints, SelfInspection, Risks and the organisation admin in a real browser (Debian's Chromium
/// driven by playwright-core, tests/tools) against this platform through the gateway: the node suite
/// browser/service-pages.test.js sends a complaint on a phone without logging in and follows it up with its code, has
/// the enhetschef answer it, carries out a checklist from the årshjul, finds a risk in its matrix cell and grants a role
/// as the tenant admin, with axe-core on every page. <c>SCREENSHOT_DIR=docs/screenshots</c> saves the main pages.
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class ServicePagesInBrowserTests(PlatformFixture platform, ITestOutputHelper output)
{
    [Fact]
    public async Task Public_complaint_checklist_risk_matrix_and_role_grant_in_the_browser_with_no_serious_accessibility_violation()
    {
        var result = await BrowserSuite.RunAsync(platform, TimeSpan.FromMinutes(5), "service-pages.test.js");

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, result.Output);
    }
}
