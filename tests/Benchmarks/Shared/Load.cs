using System.Diagnostics;

namespace Ledningssystem.Benchmarks;

/// <summary>Keeps a number of calls in flight and times each one.</summary>
public static class Load
{
    /// <summary>
    /// Makes <paramref name="total"/> calls (each given its index), <paramref name="concurrency"/> at a time. A call
    /// answers whether it succeeded; the latencies of all calls count.
    /// </summary>
    public static async Task<LoadResult> RunAsync(int total, int concurrency, Func<int, Task<bool>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var latencies = new double[total];
        var next = -1;
        var failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < total)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await call(index))
                {
                    Interlocked.Increment(ref failed);
                }
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        return new LoadResult(clock.Elapsed, latencies, failed);
    }

    /// <summary>Makes calls, <paramref name="concurrency"/> at a time, until <paramref name="duration"/> has passed.</summary>
    public static async Task<LoadResult> RunForAsync(TimeSpan duration, int concurrency, Func<Task<bool>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var latencies = new List<double>[concurrency];
        var failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var own = latencies[worker] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                if (!await call())
                {
                    Interlocked.Increment(ref failed);
                }
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }));
        return new LoadResult(clock.Elapsed, [.. latencies.SelectMany(l => l)], failed);
    }

    /// <summary>
    /// Starts a call every 1/<paramref name="perSecond"/> s until <paramref name="duration"/> has passed, whether the
    /// earlier ones have answered or not (a steady client, not one that slows down with the service), and times each.
    /// </summary>
    public static async Task<LoadResult> RunAtRateAsync(TimeSpan duration, int perSecond, Func<Task<bool>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var calls = new List<Task<(double Milliseconds, bool Succeeded)>>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < duration; n++)
        {
            if (interval * n - clock.Elapsed is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait);
            }
            calls.Add(Timed(call));
        }
        var answers = await Task.WhenAll(calls);
        return new LoadResult(clock.Elapsed, [.. answers.Select(a => a.Milliseconds)], answers.Count(a => !a.Succeeded));

        static async Task<(double, bool)> Timed(Func<Task<bool>> call)
        {
            var started = Stopwatch.GetTimestamp();
            var succeeded = await call();
            return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, succeeded);
        }
    }
}

/// <summary>The calls of one run: how long it took, each call's latency in milliseconds, and how many failed.</summary>
public sealed class LoadResult
{
    private readonly double[] sorted;

    public LoadResult(TimeSpan elapsed, double[] latencies, int failed)
    {
        ArgumentNullException.ThrowIfNull(latencies);
        Elapsed = elapsed;
        Failed = failed;
        sorted = [.. latencies.Order()];
    }

    public TimeSpan Elapsed { get; }

    public int Calls => sorted.Length;

    public int Failed { get; }

    public int Succeeded => Calls - Failed;

    public double PerSecond => Calls / Elapsed.TotalSeconds;

    /// <summary>The nearest-rank percentile, <paramref name="fraction"/> from 0 to 1.</summary>
    public double Percentile(double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[(int)Math.Clamp(Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
