using System.Globalization;
using Ledningssystem.Benchmarks;
using Ledningssystem.Platform.TestModel;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

var writes = Setting("WRITES", 3000);
var rounds = Setting("ROUNDS", 2);
var concurrencies = (Environment.GetEnvironmentVariable("CONCURRENCY") ?? "4,32,128").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
var tenant = new TenantContext(new TestCaller { TenantId = "aldrenamnden", UserId = "anna" });

Console.WriteLine($"{writes} writes a run, each a new DbContext saving three rows in one transaction; {Environment.ProcessorCount} cores");
for (var round = 1; round <= rounds; round++)
{
    foreach (var concurrency in concurrencies)
    {
        foreach (var gated in new[] { false, true })
        {
            var folder = Directory.CreateTempSubdirectory("ledningssystem-sqlite-writes-").FullName;
            try
            {
                var connectionString = $"Data Source={Path.Combine(folder, "notes.db")};Foreign Keys=True";
                await using (var db = Open(connectionString, gated: true))
                {
                    await db.Database.MigrateAsync();
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                }
                // Each write on the thread pool, as a call arrives: Microsoft.Data.Sqlite completes synchronously, so
                // without it the workers would take turns on one thread and never meet at the file lock.
                await Load.RunAsync(Math.Max(writes / 10, 50), concurrency, _ => Task.Run(() => WriteAsync(connectionString, gated)));
                var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                var result = await Load.RunAsync(writes, concurrency, _ => Task.Run(() => WriteAsync(connectionString, gated)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}  {(gated ? "write gate  " : "busy handler")} {concurrency,4} in flight: {result.PerSecond,6:0}/s  p50 {result.Percentile(0.5),7:0.0}  p99 {result.Percentile(0.99),7:0.0}  p99.9 {result.Percentile(0.999),7:0.0} ms  failed {result.Failed}  (load average {load})"));
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}

async Task<bool> WriteAsync(string connectionString, bool gated)
{
    try
    {
        await using var db = Open(connectionString, gated);
        db.Notes.AddRange(new CaseNote { Text = "anmälan" }, new CaseNote { Text = "historik" }, new CaseNote { Text = "händelse" });
        await db.SaveChangesAsync();
        return true;
    }
    catch (DbUpdateException exception)
    {
        Console.Error.WriteLine(exception.InnerException?.Message ?? exception.Message);
        return false;
    }
}

SqliteNotesDb Open(string connectionString, bool gated)
{
    var options = new DbContextOptionsBuilder<SqliteNotesDb>();
    if (gated)
    {
        options.UsePlatformSqlite(connectionString);
    }
    else
    {
        options.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSetup(maxSizeMegabytes: null));
    }
    return new SqliteNotesDb(options.Options, tenant, TimeProvider.System);
}

static int Setting(string name, int fallback) =>
    int.Parse(Environment.GetEnvironmentVariable(name) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
