using Ledningssystem.Deployment.Tests.Support;
using Ledningssystem.Testing;

namespace Ledningssystem.Deployment.Tests;

/// <summary>helm lint and yamllint over the chart, its profiles and the YAML around it.</summary>
public sealed class ChartLintTests
{
    private static string YamllintConfig => RepositoryPaths.Combine("tests", "Deployment.Tests", "yamllint.yaml");

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Helm_lint_strict_passes(string profile)
    {
        var result = await Helm.RunAsync(["lint", "--strict", Helm.ChartDirectory, .. Profile.Named(profile).Arguments]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("0 chart(s) failed", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Rendered_manifests_pass_yamllint(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        var result = await Yamllint(["-"], manifests.Text);

        Assert.True(result.ExitCode == 0, result.Output);
    }

    [Fact]
    public async Task Values_files_chart_and_skaffold_pass_yamllint()
    {
        string[] files = [.. Directory.GetFiles(Helm.ChartDirectory, "*.yaml"), RepositoryPaths.Combine("skaffold.yaml")];

        var result = await Yamllint(files, standardInput: null);

        Assert.Contains(files, f => f.EndsWith("values-evaluation.yaml", StringComparison.Ordinal));
        Assert.True(result.ExitCode == 0, result.Output);
    }

    private static async Task<ProcessResult> Yamllint(string[] targets, string? standardInput)
    {
        await TestTools.EnsureInstalledAsync();
        try
        {
            return await ExternalProcess.RunAsync("yamllint", ["--strict", "-f", "parsable", "-c", YamllintConfig, .. targets], standardInput: standardInput);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("yamllint is not installed: run tests/tools/install as root, or apt-get install yamllint", e);
        }
    }
}
