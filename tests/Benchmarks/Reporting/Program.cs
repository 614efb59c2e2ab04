using System.Diagnostics;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Events;
using Ledningssystem.Reporting.Tests.Support;
using Ledningssystem.ServiceDefaults.Access.Replica;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// One tenant, 200 units under the demo region's areas, incidents spread over 2024-2026: every one reported and triaged,
// every second one closed. Each batch goes through StatisticsProjection.IngestAsync in one transaction, as one
// delivered event does in the platform's.
var incidents = Setting("INCIDENTS", 1_000_000);
var batchSize = Setting("BATCH", 5000);
var queries = Setting("QUERIES", 300);
const string Tenant = "aldrenamnden";
const int UnitCount = 200;
string[] areas = ["aldrenamnden.hemtjanst", "aldrenamnden.sarskilt-boende"];
IncidentKind[] kinds = [IncidentKind.HealthCare, IncidentKind.SocialCare, IncidentKind.LexSarah, IncidentKind.Cooperation, IncidentKind.PersonalDataBreach];
IncidentSubtype[] healthCare = [IncidentSubtype.Fall, IncidentSubtype.Medication, IncidentSubtype.MedicalDevice, IncidentSubtype.CareInjury, IncidentSubtype.CareInjuryRisk];

await using var issuer = await DevTokenIssuerProcess.StartAsync();
await using var database = await TestDatabase.CreateAsync();
await using var reporting = await ReportingHost.StartAsync(database, issuer);
using (TenantContext.Use(Tenant))
{
    await using var scope = reporting.Services.CreateAsyncScope();
    var writer = scope.ServiceProvider.GetRequiredService<IAccessModelWriter>();
    for (var u = 0; u < UnitCount; u++)
    {
        await writer.UpsertUnitAsync(Tenant, Unit(u), $"Enhet {u}", areas[u % areas.Length]);
    }
}

var random = new Random(20261207);
var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
var span = (new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero) - start).TotalSeconds;
long events = 0;
var loading = Stopwatch.StartNew();
for (var first = 0; first < incidents; first += batchSize / 2)
{
    var batch = new List<IncomingEvent>(batchSize + (batchSize / 2));
    for (var i = first; i < Math.Min(incidents, first + (batchSize / 2)); i++)
    {
        var id = $"incident-{i:D8}";
        var unit = Unit(random.Next(UnitCount));
        var reportedAt = start.AddSeconds(random.NextDouble() * span);
        var kind = kinds[random.Next(kinds.Length)];
        batch.Add(new IncomingEvent(Guid.NewGuid().ToString(), new IncidentReported { TenantId = Tenant, IncidentId = id, UnitId = unit, ReportedAt = Timestamp.FromDateTimeOffset(reportedAt) }));
        batch.Add(new IncomingEvent(Guid.NewGuid().ToString(), new IncidentTriaged
        {
            TenantId = Tenant, IncidentId = id, UnitId = unit, Kind = kind, Severity = Severity.Moderate,
            Subtype = kind == IncidentKind.HealthCare ? healthCare[random.Next(healthCare.Length)] : IncidentSubtype.Unspecified,
            TriagedAt = Timestamp.FromDateTimeOffset(reportedAt.AddHours(4)),
        }));
        if (i % 2 == 0)
        {
            batch.Add(new IncomingEvent(Guid.NewGuid().ToString(), new IncidentClosed { TenantId = Tenant, IncidentId = id, UnitId = unit, Kind = kind, ClosedAt = Timestamp.FromDateTimeOffset(reportedAt.AddDays(20)) }));
        }
    }
    using (TenantContext.Use(Tenant))
    {
        await using var scope = reporting.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<StatisticsProjection>().IngestAsync(batch, CancellationToken.None);
        await transaction.CommitAsync();
    }
    events += batch.Count;
    if ((first + (batchSize / 2)) % 100_000 == 0)
    {
        Console.WriteLine(Invariant($"  {first + (batchSize / 2):N0} incidents loaded, {events / loading.Elapsed.TotalSeconds:F0} events/s so far"));
    }
}
var loaded = loading.Elapsed.TotalSeconds;
var cells = await reporting.QueryAsync(db => db.Counters.IgnoreQueryFilters().CountAsync());
Console.WriteLine(Invariant($"SQLite: loaded {incidents:N0} incidents as {events:N0} events in {loaded:F0} s ({events / loaded:F0} events/s, {batchSize} per transaction); {cells:N0} counter cells over {UnitCount} units and 36 months"));

var client = new StatisticsService.StatisticsServiceClient(reporting.Channel(await issuer.DemoTokenAsync(DemoUsers.MariaMattsson)));
await MeasureAsync("the whole tenant", "");
await MeasureAsync("one unit", Unit(7));

using (TenantContext.Use(Tenant))
{
    await using var scope = reporting.Services.CreateAsyncScope();
    var rebuilding = Stopwatch.StartNew();
    var replayed = await scope.ServiceProvider.GetRequiredService<StatisticsRebuild>().RebuildAsync(CancellationToken.None);
    var seconds = rebuilding.Elapsed.TotalSeconds;
    Console.WriteLine(Invariant($"Rebuild from the event store: {replayed:N0} events in {seconds:F0} s, {replayed / seconds:F0} events/s"));
}
await MeasureAsync("the whole tenant, after the rebuild", "");

async Task MeasureAsync(string what, string unitId)
{
    var request = new Ledningssystem.Contracts.Reporting.V1.GetStatisticsRequest { Subject = Subject.Incidents, UnitId = unitId, FromMonth = "2025-01", ToMonth = "2025-12", PageSize = 500 };
    long counted = 0;
    for (var i = 0; i < 20; i++)
    {
        await client.GetStatisticsAsync(request);
    }
    var latencies = new double[queries];
    for (var i = 0; i < queries; i++)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await client.GetStatisticsAsync(request);
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        counted = response.Rows.Sum(r => r.Count);
    }
    Array.Sort(latencies);
    double Percentile(double p) => latencies[(int)Math.Min(latencies.Length - 1, Math.Ceiling(p * latencies.Length) - 1)];
    Console.WriteLine(Invariant($"GetStatistics, a year (2025), {what}: {counted:N0} incidents counted; {queries} calls over gRPC: p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms"));
}

static string Unit(int index) => $"aldrenamnden.enhet-{index:D3}";

static int Setting(string name, int fallback) =>
    int.Parse(Environment.GetEnvironmentVariable(name) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
