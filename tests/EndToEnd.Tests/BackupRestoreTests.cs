using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using Microsoft.Data.Sqlite;
using static Ledningssystem.EndToEnd.Tests.Support.PlatformFixture;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// The operator's backup and restore (docs/operations.md): a backup taken with the launcher while reports keep
/// arriving through the gateway, restored into a fresh data directory, holds every report acknowledged before it began.
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class BackupRestoreTests(PlatformFixture platform) : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("ledningssystem-backup-").FullName;

    [Fact]
    public async Task A_backup_under_load_restores_into_a_fresh_data_directory_with_every_acknowledged_report()
    {
        await platform.WaitUntilGatewaySeesAsync("incidents-grpc", "incidents-web");
        using var channel = platform.GrpcChannel();
        var incidents = new IncidentService.IncidentServiceClient(channel);
        var reporter = Bearer(await platform.TokenAsync(Demo.LoadReporter));
        await Eventually.PermittedAsync(() => incidents.ReportIncidentAsync(Report(0), reporter), "The reporter's role reached Incidents.");
        var acknowledged = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(1, 4).Select(client => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    acknowledged.Add((await incidents.ReportIncidentAsync(Report(client * 100_000 + n), reporter)).Incident.IncidentId);
                }
                catch (RpcException refused) when (refused.StatusCode == StatusCode.ResourceExhausted)
                {
                    await Task.Delay(200); // the gateway's per-user limit; the report was not acknowledged
                }
            }
        })).ToList();
        await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= 20), "The load is running.");

        var beforeBackup = acknowledged.ToHashSet();
        var backup = Path.Combine(scratch, "backup");
        var backedUp = await Launcher("--data-dir", platform.DataDirectory, "--backup", backup);
        var duringBackup = acknowledged.Count - beforeBackup.Count;
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.True(backedUp.ExitCode == 0, backedUp.Output);
        Assert.Contains("incidents.db", backedUp.StandardOutput, StringComparison.Ordinal);
        Assert.True(duringBackup > 0, "Reports kept being acknowledged while the backup ran.");

        var restored = Path.Combine(scratch, "restored");
        var restore = await Launcher("--data-dir", restored, "--restore", backup);
        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.Subset(await IncidentIdsAsync(Path.Combine(restored, "incidents.db")), beforeBackup);
        Assert.Equal(
            Directory.EnumerateFiles(backup, "*.db").Select(Path.GetFileName).Order(),
            Directory.EnumerateFiles(restored, "*.db").Select(Path.GetFileName).Order());

        var again = await Launcher("--data-dir", restored, "--restore", backup);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("innehåller data", again.StandardOutput, StringComparison.Ordinal);
        File.AppendAllText(Path.Combine(backup, "incidents.db"), "x");
        var damaged = await Launcher("--data-dir", Path.Combine(scratch, "elsewhere"), "--restore", backup);
        Assert.Equal(1, damaged.ExitCode);
        Assert.Contains("skadad", damaged.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static ReportIncidentRequest Report(int n) => new()
    {
        UnitId = Demo.LoadUnit,
        WhatHappened = $"Belastningsrapport {n} under säkerhetskopieringen.",
        OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-5)),
    };

    private Task<ProcessResult> Launcher(params string[] arguments) => ExternalProcess.RunAsync(
        "dotnet",
        ["run", "--no-build", "--project", RepositoryPaths.Combine("services", "AppHost"), "--",
            "--port-offset", platform.PortOffset.ToString(System.Globalization.CultureInfo.InvariantCulture), .. arguments],
        timeout: TimeSpan.FromMinutes(3));

    private static async Task<HashSet<string>> IncidentIdsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT Id FROM incidents";
        var ids = new HashSet<string>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }
}
