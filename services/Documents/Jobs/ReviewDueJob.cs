using System.Data.Common;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Events;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Documents.Jobs;

/// <summary>
/// Raises DocumentReviewDue once ahead of a document's review date (Documents:ReviewNoticeDaysAhead) and once at it,
/// scanning every tenant once the database is migrated, then every Documents:ReviewScanInterval on the injected clock.
/// </summary>
public sealed partial class ReviewDueJob(
    IServiceScopeFactory scopes, DatabaseReadiness database, TimeProvider clock, IOptions<DocumentsOptions> options, ILogger<ReviewDueJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReviewScanInterval, clock);
        do
        {
            if (!database.IsReady)
            {
                continue;
            }
            try
            {
                await ScanAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is DbException or DbUpdateException or InvalidOperationException or TimeoutException)
            {
                ScanFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task ScanAsync(CancellationToken cancellationToken)
    {
        var today = SwedishCalendar.Today(clock);
        var horizon = today.AddDays(options.Value.ReviewNoticeDaysAhead);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDb>();
        // The one job that looks at every tenant: it reads only which tenants have notices to raise, then acts in each.
        var tenants = await db.Documents.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
            .Where(d => d.NextReviewDate != null && d.NextReviewDate <= horizon
                && (d.ReviewAheadNoticeFor != d.NextReviewDate || (d.NextReviewDate <= today && d.ReviewDueNoticeFor != d.NextReviewDate)))
            .Select(d => d.TenantId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var tenantId in tenants)
        {
            using (TenantContext.Use(tenantId))
            {
                await RaiseAsync(today, horizon, cancellationToken);
            }
        }
    }

    private async Task RaiseAsync(DateOnly today, DateOnly horizon, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDb>();
        var events = scope.ServiceProvider.GetRequiredService<IEventPublisher>();
        var documents = await db.Documents
            .Where(d => d.NextReviewDate != null && d.NextReviewDate <= horizon
                && (d.ReviewAheadNoticeFor != d.NextReviewDate || (d.NextReviewDate <= today && d.ReviewDueNoticeFor != d.NextReviewDate)))
            .ToListAsync(cancellationToken);
        foreach (var document in documents)
        {
            var reviewDate = document.NextReviewDate!.Value;
            var due = document.RaiseReviewNotice(today);
            events.Publish(DocumentEvents.ReviewDue(document, reviewDate, due), document.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The review scan failed; it runs again at the next interval")]
    private static partial void ScanFailed(ILogger logger, Exception exception);
}
