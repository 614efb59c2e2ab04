using System.Diagnostics;

namespace Ledningssystem.AppHost;

/// <summary>
/// Builds the web app (gateway/web, docs/web.md) with npm before the platform starts, only when its sources, its
/// package lock or the contracts in protos/ changed since the last successful build; the gateway then serves its dist/.
/// </summary>
internal static class WebBuild
{
    /// <summary>The web app's folder, relative to the repository root.</summary>
    public const string Folder = "gateway/web";

    /// <summary>Where the gateway finds the built app, relative to its own folder (its content root under the launcher).</summary>
    public const string GatewayStaticFilesPath = "web/dist";

    // Below the web app's folder: installed packages, the build's output and the generated clients are not sources.
    private static readonly string[] NotSources = ["node_modules", "dist", "gen"];

    /// <summary>True when dist/ holds a build of the current sources (built now or before); false when npm failed or is missing.</summary>
    public static async Task<bool> RunAsync(string root, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, Folder);
        var stampPath = Path.Combine(root, "services", "AppHost", "obj", "web-build.stamp");
        Directory.CreateDirectory(Path.GetDirectoryName(stampPath)!);
        if (File.Exists(stampPath) && File.Exists(Path.Combine(folder, "dist", "index.html"))
            && NewestSource(root, folder) < File.GetLastWriteTimeUtc(stampPath))
        {
            ConsoleLog.Line("web", "Webbappen är oförändrad sedan förra bygget.");
            return true;
        }
        ConsoleLog.Line("web", "Bygger webbappen (gateway/web) med npm...");
        var installed = Path.Combine(folder, "node_modules", ".package-lock.json");
        var needsInstall = !File.Exists(installed) || File.GetLastWriteTimeUtc(Path.Combine(folder, "package-lock.json")) > File.GetLastWriteTimeUtc(installed);
        if ((needsInstall && !await NpmAsync(folder, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], cancellationToken))
            || !await NpmAsync(folder, ["run", "build", "--silent"], cancellationToken))
        {
            ConsoleLog.Line("web", "Webbappen kunde inte byggas; gatewayen visar en ersättningssida. Node.js 20+ med npm behövs (docs/web.md).");
            return false;
        }
        await File.WriteAllTextAsync(stampPath, DateTime.UtcNow.ToString("O"), cancellationToken);
        ConsoleLog.Line("web", "klart: webbappen");
        return true;
    }

    private static DateTime NewestSource(string root, string folder) =>
        new[] { Newest(new DirectoryInfo(folder)), Newest(new DirectoryInfo(Path.Combine(root, "protos"))) }.Max();

    private static DateTime Newest(DirectoryInfo directory)
    {
        var newest = directory.EnumerateFiles().Select(f => f.LastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
        foreach (var child in directory.EnumerateDirectories().Where(d => !NotSources.Contains(d.Name) && d.Name is not ("bin" or "obj")))
        {
            var inChild = Newest(child);
            newest = inChild > newest ? inChild : newest;
        }
        return newest;
    }

    private static async Task<bool> NpmAsync(string folder, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("npm") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        try
        {
            using var process = Process.Start(startInfo)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                foreach (var line in (await output + await errors).Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    ConsoleLog.Line("web", line.TrimEnd('\r'));
                }
            }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            ConsoleLog.Line("web", "npm finns inte på den här datorn.");
            return false;
        }
    }
}
