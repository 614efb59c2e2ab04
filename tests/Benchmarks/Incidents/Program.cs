using System.Diagnostics;
using System.Globalization;
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
    var latencies = new double[total];
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int index;
        while ((index = Interlocked.Increment(ref next)) < total)
        {
            var started = Stopwatch.GetTimestamp();
            await reporter.ReportIncidentAsync(Workflow.Report(Demo.HemtjanstNorr));
            latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }));
    var elapsed = clock.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    double Percentile(double p) => latencies[(int)Math.Min(latencies.Length - 1, Math.Ceiling(p * latencies.Length) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{(TestDatabase.PostgresConfigured ? "PostgreSQL" : "SQLite"),-10} {total} incidents, {concurrency} concurrent: {total / elapsed:F0} reported/s, p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms"));
}
finally
{
    await fixture.DisposeAsync();
}
