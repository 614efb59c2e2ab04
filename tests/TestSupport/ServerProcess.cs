using System.Diagnostics;
using System.Text;

namespace Ledningssystem.Testing;

/// <summary>
/// A server program run as a child process for a fixture: started, awaited until it prints its ready line,
/// and killed (with its children) when disposed. Its output is kept for failure messages.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string readyMarker;
    private bool started;

    private ServerProcess(ProcessStartInfo startInfo, string readyMarker)
    {
        process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        this.readyMarker = readyMarker;
    }

    /// <summary>Everything the process has printed so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="fileName"/> and waits until it prints a line containing <paramref name="readyMarker"/>.</summary>
    public static async Task<ServerProcess> StartAsync(string fileName, IEnumerable<string> arguments, string readyMarker, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var server = new ServerProcess(startInfo, readyMarker);
        try
        {
            await server.StartAndWaitAsync(timeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task StartAndWaitAsync(TimeSpan timeout)
    {
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Start();
        started = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        try
        {
            if (await Task.WhenAny(ready.Task, exited).WaitAsync(timeout) == exited)
            {
                throw new InvalidOperationException($"{Describe()} exited with {process.ExitCode} before it was ready:\n{Output}");
            }
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Describe()} printed no line with '{readyMarker}' within {timeout}:\n{Output}");
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
        if (line.Contains(readyMarker, StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }

    private string Describe() => $"{process.StartInfo.FileName} {string.Join(' ', process.StartInfo.ArgumentList)}";

    public async ValueTask DisposeAsync()
    {
        if (started && !process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
