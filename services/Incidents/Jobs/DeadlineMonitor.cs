using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Domain;
using Ledningssystem.Incidents.Events;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Incidents.Jobs;

/// <summary>
/// Raises DeadlineNear (the tenant's warning_hours before) and DeadlinePassed once per deadline of every open incident,
/// looking every Incidents:DeadlineScanInterval at the <see cref="WorkflowClock"/>. Two replicas looking at once
/// cannot both announce: the incident's concurrency token lets one commit.
/// </summary>
public sealed partial class DeadlineMonitor(
    IServiceScopeFactory scopes,
    DatabaseReadiness database,
    WorkflowClock clock,
    IOptions<IncidentsOptions> options,
    ILogger<DeadlineMonitor> logger) : BackgroundService
{
    private const int BatchSize = 200;

    /// <summary>Bounds one look, so that incidents a concurrent change keeps from saving cannot hold the loop.</summary>
    private const int MaxBatchesPerScan = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.DeadlineScanInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!database.IsReady)
            {
                continue;
            }
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or TimeoutException)
            {
                LogScanFailed(logger, exception);
            }
        }
    }

    /// <summary>One look at every tenant's deadlines, batch after batch until none is left to announce.</summary>
    public async Task ScanAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        for (var batch = 0; batch < MaxBatchesPerScan; batch++)
        {
            List<(string TenantId, string Id)> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<IncidentsDb>();
                due = (await db.Incidents.AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter])
                        .Where(i => (i.DueAt <= now && i.PassedAnnouncedFor != i.DueAt)
                            || (i.WarnAt <= now && i.NearAnnouncedFor != i.DueAt && i.PassedAnnouncedFor != i.DueAt))
                        .OrderBy(i => i.WarnAt)
                        .Select(i => new { i.TenantId, i.Id })
                        .Take(BatchSize)
                        .ToListAsync(cancellationToken))
                    .Select(i => (i.TenantId, i.Id))
                    .ToList();
            }
            foreach (var (tenantId, incidentId) in due)
            {
                await AnnounceAsync(tenantId, incidentId, now, cancellationToken);
            }
            if (due.Count < BatchSize)
            {
                return;
            }
        }
    }

    private async Task AnnounceAsync(string tenantId, string incidentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var tenant = TenantContext.Use(tenantId);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDb>();
        var publisher = scope.ServiceProvider.GetRequiredService<IEventPublisher>();
        var incident = await db.Incidents.AsSplitQuery().SingleAsync(i => i.Id == incidentId, cancellationToken);
        if (incident is not { DeadlineStage: { } stage, DueAt: { } dueAt })
        {
            return;
        }
        if (dueAt <= now && incident.PassedAnnouncedFor != dueAt)
        {
            incident.AnnouncePassed();
            publisher.Publish(IncidentEvents.DeadlinePassed(incident, stage, dueAt), incident.Id);
        }
        else if (incident.WarnAt <= now && incident.NearAnnouncedFor != dueAt && incident.PassedAnnouncedFor != dueAt)
        {
            incident.AnnounceNear();
            publisher.Publish(IncidentEvents.DeadlineNear(incident, stage, dueAt), incident.Id);
        }
        else
        {
            return;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Changed meanwhile (a step, or another replica's announcement); the next look sees the current deadline.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for incident deadlines failed; trying again at the next interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
