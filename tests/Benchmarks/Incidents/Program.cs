using System.Globalization;
using Ledningssystem.Benchmarks;
using Ledningssystem.Incidents.Tests.Support;
using Ledningssystem.Testing;

// Reports incidents as a medarbetare through the real gRPC stack, CONCURRENCY calls at a time, and prints the figures.
var total = int.Parse(Environment.GetEnvironmentVariable("INCIDENTS") ?? "2000", CultureInfo.InvariantCulture);
var concurrency = int.Parse(Environment.GetEnvironmentVariable("CONCURRENCY") ?? "8", CultureInfo.InvariantCulture);
var fixture = new IncidentsFixture();
await fixture.InitializeAsync();
try
{
    var reporter = await fixture.AsAsync(Demo.AldreEmployee);
    for (var i = 0; i < 100; i++)
    {
        await reporter.ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr));
    }
    var result = await Load.RunAsync(total, concurrency, async _ =>
    {
        await reporter.ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr));
        return true;
    });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(TestDatabase.PostgresConfigured ? "PostgreSQL" : "SQLite"),-10} {total} incidents, {concurrency} concurrent: {result.PerSecond:F0} reported/s, p50 {result.Percentile(0.50):F1} ms, p99 {result.Percentile(0.99):F1} ms"));
}
finally
{
    await fixture.DisposeAsync();
}
