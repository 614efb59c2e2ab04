using System.Diagnostics;

namespace Ledningssystem.Benchmarks;

/// <summary>
/// The user and system CPU time of named processes (on Linux from /proc/&lt;pid&gt;/stat), read before and after a run:
/// what each process spent on it, whatever else the shared machine did meanwhile.
/// </summary>
public sealed class ProcessCpu
{
    private readonly IReadOnlyList<(string Name, int Pid)> processes;
    private Dictionary<string, TimeSpan> started = [];

    public ProcessCpu(IReadOnlyList<(string Name, int Pid)> processes)
    {
        this.processes = processes;
    }

    public IEnumerable<string> Names => processes.Select(p => p.Name);

    public void Start() => started = Read();

    /// <summary>CPU time each process used since <see cref="Start"/>.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Used()
    {
        var now = Read();
        return now.ToDictionary(p => p.Key, p => p.Value - started.GetValueOrDefault(p.Key));
    }

    private Dictionary<string, TimeSpan> Read() => processes.ToDictionary(p => p.Name, p =>
    {
        using var process = Process.GetProcessById(p.Pid);
        return process.TotalProcessorTime;
    });
}
