using System.Collections.Concurrent;
using Ledningssystem.Testing;

namespace Ledningssystem.Deployment.Tests.Support;

/// <summary>The real helm (tests/tools/bin, unpacked by tests/tools/install) run on charts/ledningssystem.</summary>
public static class Helm
{
    public const string ReleaseName = "ledningssystem";

    private static readonly ConcurrentDictionary<string, Lazy<Task<Manifests>>> Renders = new();

    public static string ChartDirectory => RepositoryPaths.Combine("charts", "ledningssystem");

    public static string ToolPath(string name) => Path.Combine(TestTools.ToolsDirectory, "bin", name);

    public static async Task<ProcessResult> RunAsync(IEnumerable<string> arguments)
    {
        await TestTools.EnsureInstalledAsync();
        return await ExternalProcess.RunAsync(ToolPath("helm"), arguments);
    }

    public static Task<ProcessResult> TemplateAsync(IEnumerable<string> valueArguments) =>
        RunAsync(["template", ReleaseName, ChartDirectory, "--namespace", "ledningssystem", .. valueArguments]);

    /// <summary>The profile's manifests, rendered once per test run.</summary>
    public static Task<Manifests> RenderAsync(Profile profile) =>
        Renders.GetOrAdd(profile.Name, _ => new Lazy<Task<Manifests>>(() => RenderUncachedAsync(profile.Arguments))).Value;

    public static async Task<Manifests> RenderUncachedAsync(IEnumerable<string> valueArguments)
    {
        var result = await TemplateAsync(valueArguments);
        Assert.True(result.ExitCode == 0, $"helm template failed:\n{result.Output}");
        return Manifests.Parse(result.StandardOutput);
    }
}
