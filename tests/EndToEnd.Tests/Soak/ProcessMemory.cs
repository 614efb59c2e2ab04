using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Ledningssystem.EndToEnd.Tests.Soak;

/// <summary>One platform process's memory: resident set (from /proc) and managed heap (the runtime's own counter).</summary>
public sealed record ProcessMemory(string Name, int Pid, double ResidentMegabytes, double? GcHeapMegabytes)
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(15);

    public static async Task<ProcessMemory> ReadAsync(string name, int pid) =>
        new(name, pid, ReadResidentMegabytes(pid), await ReadGcHeapMegabytesAsync(pid));

    private static double ReadResidentMegabytes(int pid)
    {
        // "VmRSS:    123456 kB"
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>
    /// The System.Runtime counter gc-heap-size, read over the process's diagnostic port (EventPipe) as dotnet-counters
    /// reads it; null when the process does not answer within <see cref="ReadTimeout"/>.
    /// </summary>
    private static async Task<double?> ReadGcHeapMegabytesAsync(int pid)
    {
        var provider = new EventPipeProvider("System.Runtime", EventLevel.Informational, 0,
            new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
        using var timeout = new CancellationTokenSource(ReadTimeout);
        try
        {
            using var session = await new DiagnosticsClient(pid).StartEventPipeSessionAsync([provider], requestRundown: false, token: timeout.Token);
            using var source = new EventPipeEventSource(session.EventStream);
            var heap = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
            source.Dynamic.All += data =>
            {
                // An EventCounters event carries one field, "Payload", whose value holds the counter's own "Payload".
                if (data.EventName == "EventCounters"
                    && data.PayloadValue(0) is IDictionary<string, object> envelope
                    && envelope.TryGetValue("Payload", out var fields) && fields is IDictionary<string, object> payload
                    && payload.TryGetValue("Name", out var counter) && (string)counter == "gc-heap-size"
                    && payload.TryGetValue("Mean", out var mean))
                {
                    heap.TrySetResult(Convert.ToDouble(mean, CultureInfo.InvariantCulture));
                }
            };
            // The reading thread ends when the session's stream closes (its disposal at the latest); nothing waits for it.
            _ = Task.Run(source.Process, CancellationToken.None);
            var read = await heap.Task.WaitAsync(timeout.Token);
            await session.StopAsync(timeout.Token);
            return read;
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException or ServerNotAvailableException)
        {
            return null;
        }
    }
}
