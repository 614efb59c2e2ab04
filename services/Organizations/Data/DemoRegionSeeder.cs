using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Organizations.Data;

/// <summary>
/// Applies the demo region once the database is migrated (Organizations:SeedDemoRegion, set by AppHost). Until it is
/// applied the service reports NOT_SERVING, so that nobody calls in before the demo users' roles exist.
/// </summary>
public sealed partial class DemoRegionSeeder(
    DemoRegionSeed seed,
    DatabaseReadiness database,
    IOptions<OrganizationsOptions> options,
    ILogger<DemoRegionSeeder> logger) : BackgroundService, IHealthCheck
{
    private volatile bool applied;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(applied ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Demoregionen är inte inläst ännu."));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The platform's migrator runs beside this service and says when the schema is current.
        while (!database.IsReady)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), stoppingToken);
        }
        var path = Path.Combine(AppContext.BaseDirectory, options.Value.DemoRegionFile);
        var region = DemoRegion.Load(path);
        await seed.ApplyAsync(region, stoppingToken);
        applied = true;
        LogApplied(logger, path, region.Tenants.Count, region.Units.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo region from {Path} applied: {Tenants} tenants, {Units} units")]
    private static partial void LogApplied(ILogger logger, string path, int tenants, int units);
}
