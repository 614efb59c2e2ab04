using System.Diagnostics;

namespace Ledningssystem.AppHost;

/// <summary>One platform process: its built program run by `dotnet` in its project folder, its output prefixed by its name.</summary>
internal sealed class ServiceProcess(ServiceProcessOptions options, string program, IReadOnlyDictionary<string, string> sharedEnvironment, string repositoryRoot, string dataDirectory) : IDisposable
{
    private Process? process;

    public string Name => options.Name;

    public bool HasExited => process?.HasExited ?? true;

    public int ExitCode => process?.ExitCode ?? 0;

    public int Id => process?.Id ?? 0;

    public ServiceProcessOptions Options => options;

    public void Start()
    {
        process?.Dispose();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            // The project folder is the content root, where the service's appsettings.json lives.
            WorkingDirectory = Path.Combine(repositoryRoot, options.Project),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(program);
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Development";
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["Platform__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in sharedEnvironment.Concat(options.Environment))
        {
            startInfo.Environment[key] = value;
        }

        process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => ConsoleLog.Line(Name, e.Data);
        process.ErrorDataReceived += (_, e) => ConsoleLog.Line(Name, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Asks the process to shut down gracefully (SIGTERM) and kills it if it has not within the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (process is null || process.HasExited)
        {
            return;
        }
        // SIGTERM lets ASP.NET Core finish in-flight calls; Process.Kill would be SIGKILL.
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }
        using var cts = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    public void Dispose() => process?.Dispose();
}
