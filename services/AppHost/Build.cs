using System.Diagnostics;

namespace Ledningssystem.AppHost;

/// <summary>Builds the platform's projects once, before any of them starts.</summary>
internal static class Build
{
    public static async Task<int> RunAsync(string root, IEnumerable<string> projects, CancellationToken cancellationToken)
    {
        foreach (var project in projects.Distinct())
        {
            ConsoleLog.Line("build", project);
            var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = root, UseShellExecute = false };
            foreach (var argument in new[] { "build", project, "--nologo", "-v", "quiet", "-clp:ErrorsOnly" })
            {
                startInfo.ArgumentList.Add(argument);
            }
            using var process = Process.Start(startInfo)!;
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                return process.ExitCode;
            }
        }
        return 0;
    }
}
