namespace Ledningssystem.AppHost;

/// <summary>
/// Keeps the platform up once it has started: a process that dies is started again, and the log says so and says when
/// it answers again. A process that keeps dying (more than <see cref="MaxRestarts"/> times within
/// <see cref="Window"/>) stops the platform instead, since restarting it again will not help.
/// </summary>
internal sealed class Supervision(IReadOnlyList<ServiceProcess> processes, TimeSpan readyTimeout, CancellationToken shutdown)
{
    public const int MaxRestarts = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(2);

    private readonly Dictionary<string, Queue<DateTime>> restarts = [];

    /// <summary>Restarts every process that has exited; false when one has exited too often and the platform must stop.</summary>
    public bool RestartExited()
    {
        foreach (var exited in processes.Where(p => p.HasExited))
        {
            var recent = restarts.TryGetValue(exited.Name, out var times) ? times : restarts[exited.Name] = new Queue<DateTime>();
            while (recent.TryPeek(out var first) && DateTime.UtcNow - first > Window)
            {
                recent.Dequeue();
            }
            if (recent.Count >= MaxRestarts)
            {
                ConsoleLog.Line("apphost", $"{exited.Name} har avslutats {recent.Count + 1} gånger på {Window.TotalMinutes:0} minuter; stoppar plattformen.");
                return false;
            }
            recent.Enqueue(DateTime.UtcNow);
            var code = exited.ExitCode;
            exited.Start();
            ConsoleLog.Line("apphost", $"{exited.Name} avslutades oväntat (kod {code}); startade om den (pid {exited.Id}).");
            _ = AnnounceWhenReadyAsync(exited);
        }
        return true;
    }

    private async Task AnnounceWhenReadyAsync(ServiceProcess restarted)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var pending = await Readiness.WaitAsync([restarted.Options], readyTimeout, () => restarted.HasExited, shutdown);
        if (pending.Count == 0 && !restarted.HasExited && !shutdown.IsCancellationRequested)
        {
            ConsoleLog.Line("apphost", $"{restarted.Name} svarar igen efter {watch.Elapsed.TotalSeconds:0.0} s.");
        }
    }
}
