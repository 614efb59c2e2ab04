using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.Data;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Reporting.AnnualReports.Exports;

/// <summary>
/// Renders queued exports one at a time, for their tenants: at once when a caller on this replica queued one, otherwise
/// at the next look (another replica's, or left by a restart). Saves the progress at every step, the file at the end,
/// and a Swedish message when rendering fails; removes finished exports after <see cref="AnnualReportOptions.ExportRetention"/>.
/// </summary>
public sealed partial class AnnualReportExportWorker(
    IServiceScopeFactory scopes,
    DatabaseReadiness database,
    WorkflowClock clock,
    IOptions<AnnualReportOptions> options,
    ILogger<AnnualReportExportWorker> logger) : BackgroundService
{
    public const string FailedMessage = "Dokumentet kunde inte skapas. Försök igen; kvarstår felet, kontakta systemförvaltningen.";

    private const int BatchSize = 20;

    private readonly SemaphoreSlim queued = new(0);

    /// <summary>A job was queued on this replica: take it now.</summary>
    public void Wake() => queued.Release();

    public override void Dispose()
    {
        queued.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await queued.WaitAsync(options.Value.ExportScanInterval, stoppingToken);
            if (!database.IsReady)
            {
                continue;
            }
            try
            {
                await RunQueuedAsync(stoppingToken);
                await RemoveExpiredAsync(stoppingToken);
            }
            // A DbException too: on SQLite a rebuild holds the write lock for longer than the busy timeout, and the
            // scan's DELETE then fails with "database is locked", which must not stop the host.
            catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                LogScanFailed(logger, exception);
            }
        }
    }

    private async Task RunQueuedAsync(CancellationToken cancellationToken)
    {
        List<(string TenantId, string Id)> jobs;
        do
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                jobs = (await Jobs(scope).IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
                        .Where(j => j.Status == ExportJobStatus.Queued)
                        .OrderBy(j => j.RequestedAt)
                        .Select(j => new { j.TenantId, j.Id })
                        .Take(BatchSize)
                        .ToListAsync(cancellationToken))
                    .Select(j => (j.TenantId, j.Id))
                    .ToList();
            }
            foreach (var (tenantId, id) in jobs)
            {
                await RunAsync(tenantId, id, cancellationToken);
            }
        }
        while (jobs.Count == BatchSize);
    }

    private async Task RunAsync(string tenantId, string id, CancellationToken cancellationToken)
    {
        using var tenant = TenantContext.Use(tenantId);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        var job = await db.Set<AnnualReportExportJob>().SingleAsync(j => j.Id == id, cancellationToken);
        job.Progress(1, "Startar");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return; // Another replica took it.
        }
        LogStarted(logger, id, tenantId, job.Format);
        try
        {
            var report = await db.Set<AnnualReport>().SingleAsync(r => r.Id == job.ReportId, cancellationToken);
            var (fileName, content) = await scope.ServiceProvider.GetRequiredService<AnnualReportRenderer>().RenderAsync(
                report,
                job.Format,
                async (percent, step) =>
                {
                    job.Progress(percent, step);
                    await db.SaveChangesAsync(cancellationToken);
                },
                cancellationToken);
            db.Add(job.Finish(fileName, content, clock.Now));
            await db.SaveChangesAsync(cancellationToken);
            LogDone(logger, id, content.Length);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever broke the rendering (a missing font, a library's fault), the caller polling sees a failed job
            // with a message instead of one that runs forever; the details are in the log.
            LogFailed(logger, id, exception);
            db.ChangeTracker.Clear();
            var failed = await db.Set<AnnualReportExportJob>().SingleAsync(j => j.Id == id, cancellationToken);
            failed.Fail(FailedMessage, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var before = clock.Now - options.Value.ExportRetention;
        await using var scope = scopes.CreateAsyncScope();
        var expired = Jobs(scope).IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(j => j.FinishedAt != null && j.FinishedAt < before);
        await scope.ServiceProvider.GetRequiredService<ReportingDb>().Set<AnnualReportExportFile>().IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .Where(f => expired.Any(j => j.Id == f.ExportId))
            .ExecuteDeleteAsync(cancellationToken);
        await expired.ExecuteDeleteAsync(cancellationToken);
    }

    private static DbSet<AnnualReportExportJob> Jobs(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ReportingDb>().Set<AnnualReportExportJob>();

    [LoggerMessage(Level = LogLevel.Information, Message = "Rendering annual report export {ExportId} of tenant {TenantId} as {Format}")]
    private static partial void LogStarted(ILogger logger, string exportId, string tenantId, DocumentFormat format);

    [LoggerMessage(Level = LogLevel.Information, Message = "Annual report export {ExportId} done: {Bytes} bytes")]
    private static partial void LogDone(ILogger logger, string exportId, int bytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Annual report export {ExportId} failed")]
    private static partial void LogFailed(ILogger logger, string exportId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for queued annual report exports failed; trying again at the next interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
