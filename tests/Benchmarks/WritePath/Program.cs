using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Ledningssystem.Benchmarks;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using Ledningssystem.Testing;

// The write path as a user or another system sees it (docs/benchmarks.md, "Write path through the gateway"): the
// launcher's platform, real tokens, h2 through the gateway and straight to the service. The reporting system is the
// demo realm's machine client, whose own gateway bucket (Gateway:MachineClientRateLimits:<client id>) is sized for the
// run; every other limit is the gateway's default and stays on.
var count = int.Parse(Environment.GetEnvironmentVariable("COUNT") ?? "3000", CultureInfo.InvariantCulture);
var concurrencies = (Environment.GetEnvironmentVariable("CONCURRENCY") ?? "32,128").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
var warmUpSeconds = int.Parse(Environment.GetEnvironmentVariable("WARMUP_SECONDS") ?? "30", CultureInfo.InvariantCulture);
var warmUp = TimeSpan.FromSeconds(warmUpSeconds);
var floodSeconds = int.Parse(Environment.GetEnvironmentVariable("FLOOD_SECONDS") ?? "10", CultureInfo.InvariantCulture);
var postgresAdmin = Environment.GetEnvironmentVariable("POSTGRES_ADMIN");
var postgresRun = Guid.NewGuid().ToString("N")[..8];
var rows = Environment.GetEnvironmentVariable("FLOOD_ONLY") == "1"
    ? ["flood"]
    : (Environment.GetEnvironmentVariable("ROWS") ?? "report,document,read,flood").Split(',').ToHashSet();

const string MachineClient = "omsorg-ab-integration";
const string MachineUnit = "omsorg-ab.hemtjanst-city";
const int MachineClientCallsPerSecond = 20_000;
const string OwnBucket = "--Platform:Gateway:Environment:Gateway__MachineClientRateLimits__" + MachineClient + "__";
var platform = new PlatformFixture
{
    StartTimeout = TimeSpan.FromMinutes(20),
    LauncherArguments =
    [
        OwnBucket + "TokenLimit=" + MachineClientCallsPerSecond,
        OwnBucket + "TokensPerPeriod=" + MachineClientCallsPerSecond,
        "--Platform:Environment:Logging__LogLevel__Default=Warning",
        "--Platform:BuildConfiguration=Release",
        .. postgresAdmin is null ? [] : PostgresDatabases(postgresAdmin, postgresRun),
    ],
};
await platform.InitializeAsync();
try
{
    await platform.WaitUntilGatewaySeesAsync("incidents-grpc", "documents-grpc");
    var cpu = new ProcessCpu([.. PlatformFixture.Processes().Select(p => (p.Name, platform.ProcessOf(p.Project)))]);
    var machine = PlatformFixture.Bearer(await platform.ServiceAccountTokenAsync(MachineClient, "demo-secret"));
    using var gateway = Channel(platform.GatewayGrpc);
    using var direct = Channel(platform.ServiceGrpc("incidents"));
    using var directDocuments = Channel(platform.ServiceGrpc("documents"));
    var viaGateway = new IncidentService.IncidentServiceClient(gateway);
    var straight = new IncidentService.IncidentServiceClient(direct);
    var documents = new DocumentService.DocumentServiceClient(gateway);
    var documentsDirect = new DocumentService.DocumentServiceClient(directDocuments);

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        {(postgresAdmin is null ? "SQLite files" : "PostgreSQL, one database per service")}, {Environment.ProcessorCount} cores; {count} calls a run.
        Gateway limits in force: {MachineClient} (client credentials) its own bucket of {MachineClientCallsPerSecond} and {MachineClientCallsPerSecond}/s (set for the run);
          per user 200 and 100/s, other machine clients 1000 and 500/s, per tenant 2000 and 1000/s; in flight at once 16 per user, 256 per machine client (defaults, unchanged).
        """));
    await Until(async () => (await viaGateway.ReportIncidentAsync(Report(MachineUnit), machine)).Incident.IncidentId.Length > 0, "the machine client's role reached Incidents");
    // Long enough for the runtime to finish compiling the hot paths again with what it profiled (tiered compilation):
    // in the first half minute of load its compiler threads take a fifth of each service's CPU (perf, 2026-12-07).
    await Load.RunForAsync(warmUp, 32, () => Succeeds(viaGateway.ReportIncidentAsync(Report(MachineUnit), machine).ResponseAsync));
    await Load.RunForAsync(warmUp / 2, 32, () => Succeeds(straight.ReportIncidentAsync(Report(MachineUnit), machine).ResponseAsync));
    Failures.Clear();
    if (rows.Contains("report"))
    {
        await ReportRowsAsync();
    }
    if (rows.Contains("document"))
    {
        await DocumentRowsAsync();
    }
    if (rows.Contains("read"))
    {
        await ReadRowsAsync();
    }
    if (rows.Contains("flood"))
    {
        await RefusalFloodAsync();
    }

    async Task ReportRowsAsync()
    {
        foreach (var concurrency in concurrencies)
        {
            await Measure("ReportIncident via gateway", concurrency, count, _ => viaGateway.ReportIncidentAsync(Report(MachineUnit), machine).ResponseAsync, untilDelivered: true);
            await Measure("ReportIncident direct", concurrency, count, _ => straight.ReportIncidentAsync(Report(MachineUnit), machine).ResponseAsync, untilDelivered: true);
        }
    }

    async Task DocumentRowsAsync()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        foreach (var concurrency in concurrencies)
        {
            await Measure("CreateDocument via gateway", concurrency, count, i => documents.CreateDocumentAsync(Document($"bench.{run}.g{concurrency}.{i}"), machine).ResponseAsync);
            await Measure("CreateDocument direct", concurrency, count, i => documentsDirect.CreateDocumentAsync(Document($"bench.{run}.d{concurrency}.{i}"), machine).ResponseAsync);
        }
    }

    async Task ReadRowsAsync()
    {
        var reported = (await viaGateway.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 50 }, machine)).Incidents.Select(i => i.IncidentId).ToList();
        Task<object> Read(int i) => (i % 3) switch
        {
            0 => Boxed(viaGateway.ListIncidentsAsync(new ListIncidentsRequest { PageSize = 50, UnitId = MachineUnit }, machine).ResponseAsync),
            1 => Boxed(viaGateway.GetIncidentAsync(new GetIncidentRequest { IncidentId = reported[i % reported.Count] }, machine).ResponseAsync),
            _ => Boxed(documents.SearchDocumentsAsync(new SearchDocumentsRequest { Query = "läkemedel", PageSize = 20 }, machine).ResponseAsync),
        };
        foreach (var concurrency in concurrencies)
        {
            await Measure("read mix via gateway (List, Get, Search)", concurrency, count, Read);
        }
    }

    // The events Incidents has not yet delivered to every subscriber.
    async Task<long> OutboxWaitingAsync()
    {
        await using System.Data.Common.DbConnection connection = postgresAdmin is null
            ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(platform.DataDirectory, "incidents.db")};Mode=ReadOnly")
            : new Npgsql.NpgsqlConnection(postgresAdmin + $";Database=writepath_{postgresRun}_incidents");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"event_outbox\" WHERE \"DeliveredAt\" IS NULL";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    async Task UntilDeliveredAsync()
    {
        while (await OutboxWaitingAsync() > 0)
        {
            await Task.Delay(100);
        }
    }

    async Task RefusalFloodAsync()
    {
        await UntilDeliveredAsync();
        // One user far over the per-user bucket (200, then 100/s) while a user of another tenant reports beside it.
        var flooder = PlatformFixture.Bearer(await platform.TokenAsync(Demo.OmsorgEmployee));
        var other = PlatformFixture.Bearer(await platform.TokenAsync(Demo.AldreEmployee));
        var duration = TimeSpan.FromSeconds(floodSeconds);
        // Well under her own bucket (100/s) and, at a healthy latency, far under her 16 calls in flight: a busy person.
        const int OtherTenantPerSecond = 20;
        var otherFailures = new System.Collections.Concurrent.ConcurrentBag<StatusCode>();
        async Task<bool> OtherTenantReports()
        {
            try
            {
                await viaGateway.ReportIncidentAsync(Report("aldrenamnden.hemtjanst-norr"), other);
                return true;
            }
            catch (RpcException e)
            {
                otherFailures.Add(e.StatusCode);
                return false;
            }
        }
        await Until(OtherTenantReports, "anna.andersson's role reached Incidents");
        var alone = await Load.RunAtRateAsync(duration, OtherTenantPerSecond, OtherTenantReports);
        // Her own connections, as another person's client has: what the gateway does to them must not end Anna's calls.
        using var floodChannel = Channel(platform.GatewayGrpc);
        var flooding = new IncidentService.IncidentServiceClient(floodChannel);
        // Hanna first within her limit: the work her admitted calls cause is not what a refusal costs, so Anna's
        // latency beside the flood is read against her latency beside this.
        const int WithinLimitPerSecond = 90;
        var withinLimit = Load.RunAtRateAsync(duration, WithinLimitPerSecond, () => Succeeds(flooding.ReportIncidentAsync(Report(Demo.OmsorgHemtjanstCity), flooder).ResponseAsync));
        var besideWithinLimit = await Load.RunAtRateAsync(duration, OtherTenantPerSecond, OtherTenantReports);
        var hannaWithinLimit = await withinLimit;
        await Task.Delay(TimeSpan.FromSeconds(2)); // her bucket refills
        otherFailures.Clear();
        var refused = 0;
        var failedOtherwise = 0;
        Failures.Clear();
        var benchmarkCpuBefore = BenchmarkCpu();
        cpu.Start();
        var flood = Load.RunForAsync(duration, 64, async () =>
        {
            try
            {
                await flooding.ReportIncidentAsync(Report(Demo.OmsorgHemtjanstCity), flooder);
                return true;
            }
            catch (RpcException e)
            {
                if (e.StatusCode == StatusCode.ResourceExhausted)
                {
                    Interlocked.Increment(ref refused);
                }
                else
                {
                    Interlocked.Increment(ref failedOtherwise);
                    Failures.Add(e.Status);
                }
                return false;
            }
        });
        var beside = await Load.RunAtRateAsync(duration, OtherTenantPerSecond, OtherTenantReports);
        var flooded = await flood;
        var used = cpu.Used();
        var benchmarkCpu = BenchmarkCpu() - benchmarkCpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Refusal flood, {floodSeconds} s: hanna.holm (omsorg-ab) with 64 calls in flight against her limits (16 in flight; 200, then 100/s):
              {refused / flooded.Elapsed.TotalSeconds:F0} refused/s, {flooded.Succeeded / flooded.Elapsed.TotalSeconds:F0} admitted/s, {failedOtherwise} failed otherwise (e.g. her connection closed); gateway CPU {used["gateway"].TotalSeconds:F2} s = {used["gateway"].TotalMilliseconds / Math.Max(1, refused) * 1000:F0} ms per 1,000 refusals (admitted calls' forwarding included)
              anna.andersson (aldrenamnden), ReportIncident at a steady {OtherTenantPerSecond}/s (a fifth of her bucket): alone p50 {alone.Percentile(0.5):F1} p99 {alone.Percentile(0.99):F1} ms, {alone.Failed} of {alone.Calls} failed;
                beside hanna.holm within her limit ({WithinLimitPerSecond}/s, {hannaWithinLimit.Failed} of {hannaWithinLimit.Calls} refused or failed) p50 {besideWithinLimit.Percentile(0.5):F1} p99 {besideWithinLimit.Percentile(0.99):F1} ms, {besideWithinLimit.Failed} of {besideWithinLimit.Calls} failed;
                beside the flood p50 {beside.Percentile(0.5):F1} p99 {beside.Percentile(0.99):F1} ms, {beside.Failed} of {beside.Calls} failed{string.Concat(otherFailures.GroupBy(c => c).Select(g => $" ({g.Count()} {g.Key})"))}
              CPU during the flood: gateway {used["gateway"].TotalSeconds:F2} s, incidents {used["incidents"].TotalSeconds:F2} s, reporting {used["reporting"].TotalSeconds:F2} s, the benchmark's own (both callers' clients) {benchmarkCpu.TotalSeconds:F2} s, in {flooded.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores
            """));
        PrintFailures("hanna.holm's calls that were not refused but failed");
    }

    // A report row's CPU and rate are counted until Incidents has delivered every event of it to every subscriber
    // (Reporting's ingestion included): a rate the subscribers cannot keep up with is not sustained.
    async Task Measure<T>(string what, int concurrency, int calls, Func<int, Task<T>> call, bool untilDelivered = false)
    {
        Failures.Clear();
        await UntilDeliveredAsync();
        cpu.Start();
        var result = await Load.RunAsync(calls, concurrency, i => Succeeds(call(i)));
        var waiting = await OutboxWaitingAsync();
        var delivering = System.Diagnostics.Stopwatch.StartNew();
        if (untilDelivered)
        {
            await UntilDeliveredAsync();
        }
        var used = cpu.Used();
        var perThousand = string.Join(" ", cpu.Names.Where(n => used[n] > TimeSpan.FromMilliseconds(50)).Select(n => string.Create(CultureInfo.InvariantCulture, $"{n} {used[n].TotalSeconds / calls * 1000:F2}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-42} {concurrency,4} in flight: {result.PerSecond,6:F0}/s  p50 {result.Percentile(0.5),6:F1}  p99 {result.Percentile(0.99),6:F1}  p99.9 {result.Percentile(0.999),6:F1} ms  failed {result.Failed}  CPU s/1000: {perThousand}"));
        if (untilDelivered)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {waiting} events were still in Incidents' outbox at the last answer, all delivered {delivering.Elapsed.TotalSeconds:F1} s later: {calls / (result.Elapsed + delivering.Elapsed).TotalSeconds:F0} reports/s with every subscriber caught up (CPU above includes it)"));
        }
        PrintFailures("failed");
    }
}
finally
{
    await platform.DisposeAsync();
}

static async Task<bool> Succeeds<T>(Task<T> call)
{
    try
    {
        await call;
        return true;
    }
    catch (RpcException e)
    {
        Failures.Add(e.Status);
        return false;
    }
}

// The flooding client runs on the same cores as the platform, so its own CPU is part of what the other tenant competes with.
static TimeSpan BenchmarkCpu()
{
    using var self = System.Diagnostics.Process.GetCurrentProcess();
    return self.TotalProcessorTime;
}

static void PrintFailures(string what)
{
    foreach (var failure in Failures.GroupBy(f => (f.StatusCode, f.Detail)).OrderByDescending(g => g.Count()))
    {
        Console.WriteLine($"    {what}: {failure.Count()}x {failure.Key.StatusCode}: {failure.Key.Detail}");
    }
}

static async Task<object> Boxed<T>(Task<T> call) => (await call)!;

static async Task Until(Func<Task<bool>> attempt, string what)
{
    for (var i = 0; i < 240; i++)
    {
        try
        {
            if (await attempt())
            {
                return;
            }
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.PermissionDenied or StatusCode.Unavailable)
        {
        }
        await Task.Delay(250);
    }
    throw new TimeoutException($"Never: {what}.");
}

static GrpcChannel Channel(Uri address) => GrpcChannel.ForAddress(address, new GrpcChannelOptions
{
    HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
});

static ReportIncidentRequest Report(string unitId) => new()
{
    UnitId = unitId,
    WhatHappened = "Brukaren fick fel dos av sina kvällsläkemedel; upptäcktes vid nästa besök.",
    OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(-2)),
    ImmediateActions = "Sjuksköterska kontaktades och brukaren observerades under natten.",
};

static CreateDocumentRequest Document(string id) => new()
{
    DocumentId = id,
    Details = new DocumentDetails
    {
        Title = "Rutin för läkemedelshantering i hemtjänst",
        Kind = DocumentKind.Rutin,
        OwnerUnitId = MachineUnit,
        ResponsibleRole = DocumentRole.UnitManager,
        ApprovingRole = DocumentRole.UnitManager,
        FollowUpMethod = "Egenkontroll av signeringslistor varje kvartal",
        ReviewIntervalMonths = 12,
    },
    ContentMarkdown = "Signera varje given dos. Avvikelser rapporteras samma dag.",
};

// Every catalogue service on its own database of the server, named for this run: EF Core creates it on migration.
static IEnumerable<string> PostgresDatabases(string admin, string run)
{
    foreach (var (name, _) in PlatformFixture.Processes().Where(p => p.Name is not "tokens" and not "gateway"))
    {
        yield return "--Platform:ServiceEnvironment:" + name + ":Database__Provider=Postgres";
        yield return "--Platform:ServiceEnvironment:" + name + ":Database__ConnectionString=" + admin + $";Database=writepath_{run}_{name}";
    }
}

internal static partial class Program
{
    // Why the calls of the current row failed, printed under it.
    private static readonly System.Collections.Concurrent.ConcurrentBag<Status> Failures = [];
}
