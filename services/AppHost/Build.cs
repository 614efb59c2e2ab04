using System.Diagnostics;
using System.Text.Json;

namespace Ledningssystem.AppHost;

/// <summary>Builds the platform's projects once, before any of them starts, and finds each one's program.</summary>
internal static class Build
{
    // What the platform's projects are built from; bin and obj below them are the build's own output.
    private static readonly string[] InputFolders = ["services", "gateway", "protos"];
    private static readonly string[] InputFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", "NuGet.config"];

    /// <summary>The built assembly of each project folder, or null if the build failed (its errors are printed).</summary>
    public static async Task<IReadOnlyDictionary<string, string>?> RunAsync(
        string root, IEnumerable<string> projects, string configuration, CancellationToken cancellationToken)
    {
        var projectFiles = projects.Distinct().ToDictionary(project => project, project => ProjectFile(root, project));
        var directory = Path.Combine(root, "services", "AppHost", "obj");
        Directory.CreateDirectory(directory);
        var stampPath = Path.Combine(directory, $"platform-build-{configuration}.json");
        if (UpToDate(root, stampPath, projectFiles) is { } built)
        {
            ConsoleLog.Line("build", "Inget har ändrats sedan förra bygget; startar direkt.");
            return built;
        }

        ConsoleLog.Line("build", $"Bygger {string.Join(", ", projectFiles.Keys)} (första gången ungefär en minut)...");
        // One build of a solution filter instead of one per project: shared projects are built once and the services
        // in parallel. Analyzers and code style are the tests' and the IDE's job; without them the build takes a third less.
        var filter = await WriteSolutionFilterAsync(root, directory, projectFiles.Values, cancellationToken);
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var (exitCode, output) = await DotnetAsync(
            root,
            ["build", filter, "-c", configuration, "--nologo", "-v", "minimal", "-tl:off", "-p:RunAnalyzers=false", "-p:EnforceCodeStyleInBuild=false"],
            line => ReportBuilt(line, projectFiles, targets),
            cancellationToken);
        if (exitCode != 0)
        {
            PrintLines(output);
            return null;
        }
        foreach (var missing in projectFiles.Keys.Where(project => !targets.ContainsKey(project)))
        {
            ConsoleLog.Line("build", $"{missing}: inget program hittades efter bygget.");
        }
        if (targets.Count < projectFiles.Count)
        {
            return null;
        }
        await File.WriteAllTextAsync(stampPath, JsonSerializer.Serialize(targets), cancellationToken);
        return targets;
    }

    /// <summary>
    /// The programs of the last build when it built these projects and no file of the repository (sources, project
    /// files, protos, package versions) has changed since: a second start skips MSBuild, which takes seconds even with nothing to do.
    /// </summary>
    private static Dictionary<string, string>? UpToDate(string root, string stampPath, Dictionary<string, string> projectFiles)
    {
        if (!File.Exists(stampPath))
        {
            return null;
        }
        var built = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(stampPath));
        if (built is null || !projectFiles.Keys.All(built.ContainsKey) || !built.Values.All(File.Exists))
        {
            return null;
        }
        var newest = InputFolders.Select(folder => NewestInput(new DirectoryInfo(Path.Combine(root, folder))))
            .Concat(InputFiles.Select(file => File.GetLastWriteTimeUtc(Path.Combine(root, file))))
            .Max();
        return newest < File.GetLastWriteTimeUtc(stampPath) ? built : null;
    }

    private static DateTime NewestInput(DirectoryInfo directory)
    {
        var newest = directory.EnumerateFiles().Select(f => f.LastWriteTimeUtc).DefaultIfEmpty(DateTime.MinValue).Max();
        // The web app (gateway/web) has its own build (WebBuild) and thousands of installed packages.
        foreach (var child in directory.EnumerateDirectories().Where(d => d.Name is not ("bin" or "obj" or "web" or "node_modules")))
        {
            var inChild = NewestInput(child);
            newest = inChild > newest ? inChild : newest;
        }
        return newest;
    }

    /// <summary>MSBuild's "Project -> path/Project.dll" line: one project done, a line of progress and its program.</summary>
    private static void ReportBuilt(string line, Dictionary<string, string> projectFiles, Dictionary<string, string> targets)
    {
        var arrow = line.IndexOf(" -> ", StringComparison.Ordinal);
        if (arrow < 0 || !line.EndsWith(".dll", StringComparison.Ordinal))
        {
            return;
        }
        var name = line[..arrow].Trim();
        var path = line[(arrow + 4)..].Trim();
        ConsoleLog.Line("build", $"klart: {name}");
        foreach (var (project, file) in projectFiles)
        {
            if (Path.GetFileNameWithoutExtension(file) == name)
            {
                targets[project] = path;
            }
        }
    }

    private static string ProjectFile(string root, string project)
    {
        var files = Directory.GetFiles(Path.Combine(root, project), "*.csproj");
        return files.Length == 1
            ? Path.GetRelativePath(root, files[0]).Replace('\\', '/')
            : throw new InvalidOperationException($"{project} ska innehålla exakt en .csproj-fil (hittade {files.Length}).");
    }

    private static async Task<string> WriteSolutionFilterAsync(string root, string directory, IEnumerable<string> projectFiles, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, "platform.slnf");
        var filter = new
        {
            solution = new
            {
                path = Path.GetRelativePath(directory, Path.Combine(root, "Ledningssystem.sln")).Replace('\\', '/'),
                projects = projectFiles.ToArray(),
            },
        };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(filter), cancellationToken);
        return path;
    }

    private static async Task<(int ExitCode, string Output)> DotnetAsync(string root, IEnumerable<string> arguments, Action<string> onLine, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = Process.Start(startInfo)!;
        var output = new System.Text.StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            output.AppendLine(line);
            onLine(line);
        }
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, output.ToString().Trim());
    }

    private static void PrintLines(string output)
    {
        foreach (var line in output.Split('\n'))
        {
            ConsoleLog.Line("build", line.TrimEnd('\r'));
        }
    }
}
