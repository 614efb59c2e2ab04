using System.Collections.Concurrent;
using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;
using static Ledningssystem.EndToEnd.Tests.Support.PlatformFixture;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// Processes die under load: each of the gateway, Incidents, Organizations and the token issuer is killed with SIGKILL
/// in turn while several clients report avvikelser through the gateway. The launcher restarts it and says so; the
/// clients see UNAVAILABLE meanwhile, never a wrong answer; every report a client saw acknowledged is stored exactly once.
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class ProcessFaultTests(PlatformFixture platform, ITestOutputHelper output)
{
    private static readonly (string Name, string Project)[] Victims =
    [
        ("incidents", "services/Incidents"),
        ("gateway", "gateway"),
        ("organizations", "services/Organizations"),
        ("tokens", "services/DevTokenIssuer"),
    ];

    [Fact]
    public async Task Each_process_killed_under_load_is_restarted_and_no_acknowledged_report_is_lost_or_doubled()
    {
        await platform.WaitUntilGatewaySeesAsync("incidents-grpc", "incidents-web");
        var run = Guid.NewGuid().ToString("N")[..8];
        var reporter = Bearer(await platform.TokenAsync(Demo.LoadReporter));
        using (var probe = platform.GrpcChannel())
        {
            await Eventually.PermittedAsync(
                () => new IncidentService.IncidentServiceClient(probe).ReportIncidentAsync(Report(run, 0, 0), reporter),
                "The reporter's role reached Incidents.");
        }
        var acknowledged = new ConcurrentDictionary<string, string>();
        var refusals = new ConcurrentBag<StatusCode>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(1, 4).Select(client => Task.Run(async () =>
        {
            using var channel = platform.GrpcChannel();
            var incidents = new IncidentService.IncidentServiceClient(channel);
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var request = Report(run, client, n);
                try
                {
                    var reply = await incidents.ReportIncidentAsync(request, reporter, DateTime.UtcNow.AddSeconds(15));
                    acknowledged[reply.Incident.IncidentId] = request.WhatHappened;
                }
                catch (RpcException refused)
                {
                    refusals.Add(refused.StatusCode);
                    await Task.Delay(refused.StatusCode == StatusCode.ResourceExhausted ? 200 : 100);
                }
            }
        })).ToList();

        foreach (var (name, project) in Victims)
        {
            await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= 10), "Reports are being acknowledged.");
            var before = acknowledged.Count;
            var pid = ProcessOf(project);
            var killed = Stopwatch.StartNew();
            Process.GetProcessById(pid).Kill();
            await LauncherSaysAsync($"{name} svarar igen");
            var restartedIn = killed.Elapsed;
            await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= before + 20), $"Reports are acknowledged again after {name} came back.");
            output.WriteLine($"{name} (pid {pid}) killed: answering again after {restartedIn.TotalSeconds:0.0} s, reports flowing again after {killed.Elapsed.TotalSeconds:0.0} s");
        }
        await stop.CancelAsync();
        await Task.WhenAll(load);

        output.WriteLine($"{acknowledged.Count} reports acknowledged; refusals: {string.Join(", ", refusals.GroupBy(c => c).Select(g => $"{g.Key} {g.Count()}"))}");
        Assert.All(refusals, code => Assert.Contains(code, new[] { StatusCode.Unavailable, StatusCode.ResourceExhausted, StatusCode.DeadlineExceeded }));
        Assert.All(Victims, victim => Assert.Contains($"{victim.Name} avslutades oväntat (kod 137); startade om den", platform.Output, StringComparison.Ordinal));
        var stored = await StoredReportsAsync(run);
        Assert.Empty(stored.GroupBy(r => r.WhatHappened).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(acknowledged, report => Assert.Equal(report.Value, stored.Single(r => r.Id == report.Key).WhatHappened));
    }

    private async Task LauncherSaysAsync(string text)
    {
        try
        {
            await Eventually.WaitForAsync(() => Task.FromResult(platform.Output.Contains(text, StringComparison.Ordinal)), said => said, TimeSpan.FromMinutes(2), text);
        }
        catch (TimeoutException)
        {
            output.WriteLine(platform.Output[^Math.Min(platform.Output.Length, 6000)..]);
            throw;
        }
    }

    private static ReportIncidentRequest Report(string run, int client, int n) => new()
    {
        UnitId = Demo.LoadUnit,
        WhatHappened = $"Feltest {run}: rapport {client}-{n}.",
        OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-5)),
    };

    /// <summary>The process this platform's launcher started for the project (its working directory and data directory).</summary>
    private int ProcessOf(string project)
    {
        var folder = RepositoryPaths.Combine(project.Split('/'));
        var dataDirectory = $"Platform__DataDirectory={platform.DataDirectory}\0";
        foreach (var proc in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(proc), out var pid))
            {
                continue;
            }
            try
            {
                if (new DirectoryInfo(Path.Combine(proc, "cwd")).LinkTarget?.TrimEnd('/') == folder
                    && File.ReadAllText(Path.Combine(proc, "environ")).Contains(dataDirectory, StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // gone meanwhile, or not ours
            }
        }
        throw new InvalidOperationException($"No process of {project} runs on {platform.DataDirectory}.");
    }

    private async Task<List<(string Id, string WhatHappened)>> StoredReportsAsync(string run)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(platform.DataDirectory, "incidents.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT Id, WhatHappened FROM incidents WHERE WhatHappened LIKE $run";
        select.Parameters.AddWithValue("$run", $"Feltest {run}:%");
        var reports = new List<(string, string)>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            reports.Add((reader.GetString(0), reader.GetString(1)));
        }
        return reports;
    }
}
