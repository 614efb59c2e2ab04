using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using Xunit.Abstractions;
using static Ledningssystem.EndToEnd.Tests.Support.PlatformFixture;

namespace Ledningssystem.EndToEnd.Tests.Soak;

/// <summary>
/// A steady mixed load through the gateway for LEDNINGSSYSTEM_SOAK minutes: avvikelser reported and read back,
/// documents created and read. It prints every process's resident memory and managed heap at the start and the end,
/// the calls, errors and latency (p50/p99) of every minute beside the hypervisor's steal time of that minute, and flags
/// growth; it fails only on an error.
/// </summary>
[Collection(PlatformGroup.Name)]
[Trait("Category", "Soak")]
public sealed class SoakTests(PlatformFixture platform, ITestOutputHelper output)
{
    /// <summary>Each client's pause between calls: about 60 calls a second in all, well under the gateway's per-user limit.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>A call that has not answered by then counts as an error (DEADLINE_EXCEEDED) instead of stalling its client.</summary>
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(30);

    [SoakFact]
    public async Task A_steady_mixed_load_through_the_gateway_runs_without_errors()
    {
        var duration = SoakFactAttribute.Duration!.Value;
        await platform.WaitUntilGatewaySeesAsync("incidents-grpc", "documents-grpc", "reporting-web");
        using var channel = platform.GrpcChannel();
        var incidents = new IncidentService.IncidentServiceClient(channel);
        var documents = new DocumentService.DocumentServiceClient(channel);
        var reporter = Bearer(await platform.TokenAsync(Demo.LoadReporter));
        var author = Bearer(await platform.TokenAsync(Demo.AldreHealthCareManager));
        var reported = new LatestId((await Eventually.PermittedAsync(() => incidents.ReportIncidentAsync(Report(), reporter), "The reporter's role reached Incidents.")).Incident.IncidentId);
        var created = new LatestId((await Eventually.PermittedAsync(() => documents.CreateDocumentAsync(Document(), author), "The author's role reached Documents.")).Document.DocumentId);

        var before = await MemoryAsync();
        var calls = new ConcurrentBag<Call>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration);
        async Task Client(string operation, Func<Task> call)
        {
            while (!stop.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                StatusCode? error = null;
                try
                {
                    await call();
                }
                catch (RpcException failed)
                {
                    error = failed.StatusCode;
                }
                calls.Add(new Call(operation, (int)started.TotalMinutes, (clock.Elapsed - started).TotalMilliseconds, error));
                await Task.Delay(Pause, CancellationToken.None);
            }
        }
        var steal = StealPerMinuteAsync(clock, stop.Token);
        await Task.WhenAll(
            Client("report", async () => reported.Set((await incidents.ReportIncidentAsync(Report(), reporter, Deadline())).Incident.IncidentId)),
            Client("report", async () => reported.Set((await incidents.ReportIncidentAsync(Report(), reporter, Deadline())).Incident.IncidentId)),
            Client("read incident", async () => await incidents.GetIncidentAsync(new GetIncidentRequest { IncidentId = reported.Value }, reporter, Deadline())),
            Client("read incident", async () => await incidents.GetIncidentAsync(new GetIncidentRequest { IncidentId = reported.Value }, reporter, Deadline())),
            Client("create document", async () => created.Set((await documents.CreateDocumentAsync(Document(), author, Deadline())).Document.DocumentId)),
            Client("read document", async () => await documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = created.Value }, author, Deadline())));
        var after = await MemoryAsync();

        output.WriteLine($"Soak of {duration.TotalMinutes:0.#} min through the gateway: {calls.Count} calls, {calls.Count(c => c.Error is not null)} errors");
        PrintMinutes(calls.ToList());
        PrintSteal(await steal);
        PrintMemory(before, after);
        Assert.Empty(calls.Where(c => c.Error is not null).GroupBy(c => $"{c.Operation}: {c.Error}").Select(g => $"{g.Key} × {g.Count()}"));
    }

    private void PrintMinutes(List<Call> calls)
    {
        output.WriteLine("minute  operation        calls  errors  p50 ms  p99 ms");
        foreach (var minute in calls.GroupBy(c => c.Minute).OrderBy(g => g.Key))
        {
            foreach (var operation in minute.GroupBy(c => c.Operation).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var latencies = operation.Select(c => c.Milliseconds).Order().ToList();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{minute.Key + 1,6}  {operation.Key,-15}  {latencies.Count,5}  {operation.Count(c => c.Error is not null),6}  {Percentile(latencies, 0.50),6:0.0}  {Percentile(latencies, 0.99),6:0.0}"));
            }
        }
        var minutes = calls.Select(c => c.Minute).Distinct().Order().ToList();
        if (minutes.Count >= 3)
        {
            // The first minute warms up; the second is the baseline the last is compared with.
            foreach (var operation in calls.GroupBy(c => c.Operation))
            {
                var baseline = Percentile([.. operation.Where(c => c.Minute == minutes[1]).Select(c => c.Milliseconds).Order()], 0.99);
                var last = Percentile([.. operation.Where(c => c.Minute == minutes[^1]).Select(c => c.Milliseconds).Order()], 0.99);
                if (last > 2 * baseline)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GROWTH: {operation.Key} p99 {baseline:0.0} ms in minute 2, {last:0.0} ms in the last minute"));
                }
            }
        }
    }

    /// <summary>
    /// The CPU the hypervisor gave other guests instead of this machine in each minute (steal time, /proc/stat): a
    /// minute's latency means something only beside it.
    /// </summary>
    private static async Task<List<double>> StealPerMinuteAsync(Stopwatch clock, CancellationToken stop)
    {
        var perMinute = new List<double>();
        var last = await StealSecondsAsync();
        for (var minute = 1; !stop.IsCancellationRequested; minute++)
        {
            var wait = TimeSpan.FromMinutes(minute) - clock.Elapsed;
            await Task.WhenAny(Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, stop));
            var now = await StealSecondsAsync();
            perMinute.Add(now - last);
            last = now;
        }
        return perMinute;
    }

    private static async Task<double> StealSecondsAsync()
    {
        // "cpu  user nice system idle iowait irq softirq steal ...", in USER_HZ (100 a second on Linux).
        var total = (await File.ReadAllLinesAsync("/proc/stat")).First(line => line.StartsWith("cpu ", StringComparison.Ordinal));
        return double.Parse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[8], CultureInfo.InvariantCulture) / 100;
    }

    private void PrintSteal(List<double> perMinute)
    {
        output.WriteLine("minute  CPU s taken by the hypervisor for other guests (steal, all cores)");
        for (var minute = 0; minute < perMinute.Count; minute++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{minute + 1,6}  {perMinute[minute],6:0.0}"));
        }
    }

    private void PrintMemory(IReadOnlyList<ProcessMemory> before, IReadOnlyList<ProcessMemory> after)
    {
        output.WriteLine("process          RSS MiB start  end     GC heap MiB start  end");
        foreach (var start in before)
        {
            var end = after.Single(a => a.Name == start.Name);
            var restarted = end.Pid != start.Pid ? $" (restarted: pid {start.Pid} → {end.Pid})" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{start.Name,-15}  {start.ResidentMegabytes,9:0.0}  {end.ResidentMegabytes,6:0.0}  {Heap(start),17}  {Heap(end),6}{restarted}"));
            if (end.ResidentMegabytes > start.ResidentMegabytes * 1.25 && end.ResidentMegabytes - start.ResidentMegabytes > 20)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GROWTH: {start.Name} resident memory {start.ResidentMegabytes:0} → {end.ResidentMegabytes:0} MiB"));
            }
            if (start.GcHeapMegabytes is { } first && end.GcHeapMegabytes is { } last && last > first * 1.5 && last - first > 20)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GROWTH: {start.Name} GC heap {first:0} → {last:0} MiB"));
            }
        }
    }

    private async Task<List<ProcessMemory>> MemoryAsync()
    {
        var memory = new List<ProcessMemory>();
        foreach (var (name, project) in Processes())
        {
            memory.Add(await ProcessMemory.ReadAsync(name, platform.ProcessOf(project)));
        }
        return memory;
    }

    private static string Heap(ProcessMemory memory) =>
        memory.GcHeapMegabytes is { } heap ? heap.ToString("0.0", CultureInfo.InvariantCulture) : "?";

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted.Count == 0 ? 0 : sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)];

    private static DateTime Deadline() => DateTime.UtcNow + CallDeadline;

    /// <summary>
    /// The id last created, for the readers. Constant time: the first version took the newest of every id created so
    /// far (a queue reversed per read), which grew with the run and was timed as part of each read.
    /// </summary>
    private sealed class LatestId(string first)
    {
        private string value = first;

        public string Value => Volatile.Read(ref value);

        public void Set(string id) => Volatile.Write(ref value, id);
    }

    private static ReportIncidentRequest Report() => new()
    {
        UnitId = Demo.LoadUnit,
        WhatHappened = "Uthållighetstest: en avvikelse bland många.",
        OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-5)),
    };

    private static CreateDocumentRequest Document() => new()
    {
        DocumentId = $"uthallighet.{Guid.NewGuid():N}"[..32],
        Details = new DocumentDetails
        {
            Title = "Rutin i uthållighetstestet",
            Kind = DocumentKind.Rutin,
            OwnerUnitId = Demo.AldreForvaltning,
            ResponsibleRole = DocumentRole.HealthCareManager,
            ApprovingRole = DocumentRole.Mas,
            FollowUpMethod = "Egenkontroll varje kvartal",
            ReviewIntervalMonths = 12,
        },
        ContentMarkdown = "Så här gör vi.",
    };

    private sealed record Call(string Operation, int Minute, double Milliseconds, StatusCode? Error);
}
