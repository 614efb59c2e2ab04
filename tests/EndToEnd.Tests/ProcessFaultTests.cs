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
/// Processes die under load: each of the gateway, Incidents, Organizations, the token issuer and Reporting is killed
/// with SIGKILL in turn while several clients report avvikelser through the gateway. The launcher restarts it and says
/// so; the clients see UNAVAILABLE meanwhile, never a wrong answer; every report a client saw acknowledged is stored
/// exactly once, and once the platform has settled Reporting, the subscriber of Incidents' events, counts every stored
/// report of the tenant once: no event lost across the kills, none counted twice.
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
        ("reporting", "services/Reporting"),
    ];

    private const string LoadTenant = "funktionsstodsnamnden";

    [Fact]
    public async Task Each_process_killed_under_load_is_restarted_and_no_acknowledged_report_or_its_event_is_lost_or_doubled()
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
            var pid = platform.ProcessOf(project);
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

        // A report whose answer was lost with a killed gateway is stored though its client saw UNAVAILABLE; its event
        // must reach Reporting as surely as an acknowledged one's.
        var settled = Stopwatch.StartNew();
        var (counted, inTenant) = await Eventually.WaitForAsync(
            async () => (await CountedByReportingAsync(), await StoredInTenantAsync()),
            figures => figures.Item1 == figures.Item2, TimeSpan.FromMinutes(3), "Reporting's count of the tenant's incidents to equal what Incidents stored");
        output.WriteLine($"{stored.Count} reports stored ({stored.Count - acknowledged.Count} of them unacknowledged); Reporting counts {counted} of the tenant's {inTenant} incidents, {settled.Elapsed.TotalSeconds:0.0} s after the load stopped");
        Assert.Equal(stored.Select(r => r.Id).Order(), (await CaseIdsInReportingAsync(stored.Select(r => r.Id))).Order());
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

    /// <summary>
    /// Reporting's statistics of the load tenant's incidents, summed over its whole-tenant cells of all verksamhetsformer
    /// (unit "", verksamhetsform ""). Subject 1 and case type 1 are incidents (Reporting's Domain/Statistics.cs).
    /// </summary>
    private Task<long> CountedByReportingAsync() => ScalarAsync("reporting.db",
        "SELECT COALESCE(SUM(Count), 0) FROM statistics_counters WHERE TenantId = $tenant AND UnitId = '' AND Verksamhetsform = '' AND Subject = 1");

    private Task<long> StoredInTenantAsync() => ScalarAsync("incidents.db", "SELECT COUNT(*) FROM incidents WHERE TenantId = $tenant");

    private async Task<List<string>> CaseIdsInReportingAsync(IEnumerable<string> incidentIds)
    {
        var wanted = incidentIds.ToHashSet();
        await using var connection = await OpenAsync("reporting.db");
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT CaseId FROM case_records WHERE TenantId = $tenant AND Type = 1";
        select.Parameters.AddWithValue("$tenant", LoadTenant);
        var ids = new List<string>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (wanted.Contains(reader.GetString(0)))
            {
                ids.Add(reader.GetString(0));
            }
        }
        return ids;
    }

    private async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var select = connection.CreateCommand();
        select.CommandText = sql;
        select.Parameters.AddWithValue("$tenant", LoadTenant);
        return Convert.ToInt64(await select.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(platform.DataDirectory, database)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private async Task<List<(string Id, string WhatHappened)>> StoredReportsAsync(string run)
    {
        await using var connection = await OpenAsync("incidents.db");
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
