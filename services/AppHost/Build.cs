using System.Diagnostics;

namespace Ledningssystem.AppHost;

/// <summary>Builds the platform's projects once, before any of them starts, and finds each one's program.</summary>
internal static class Build
{
    /// <summary>The built assembly of each project, or null if a build failed (its errors are printed).</summary>
    public static async Task<IReadOnlyDictionary<string, string>?> RunAsync(string root, IEnumerable<string> projects, CancellationToken cancellationToken)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var project in projects.Distinct())
        {
            ConsoleLog.Line("build", project);
            var startInfo = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = root,
                UseShellExecute = false,
                RedirectStandardOutput = true,
            };
            // With -getProperty the build prints only the property's value, or its errors; without an explicit
            // target -getProperty only evaluates the project and nothing would be built.
            foreach (var argument in new[] { "build", project, "--nologo", "-v", "quiet", "-t:Build", "-getProperty:TargetPath" })
            {
                startInfo.ArgumentList.Add(argument);
            }
            using var process = Process.Start(startInfo)!;
            var output = (await process.StandardOutput.ReadToEndAsync(cancellationToken)).Trim();
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                foreach (var line in output.Split('\n'))
                {
                    ConsoleLog.Line("build", line);
                }
                return null;
            }
            targets[project] = output;
        }
        return targets;
    }
}
