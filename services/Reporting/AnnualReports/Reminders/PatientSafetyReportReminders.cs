using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.Data;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Reporting.AnnualReports.Reminders;

/// <summary>
/// From <see cref="AnnualReportOptions.ReminderDaysBeforeDue"/> days before 1 March, raises a reminder (once) for every
/// provider whose patientsäkerhetsberättelse for last year is not published; after 1 March too, since a late one is
/// still owed. The reminders are listed by ListAnnualReportReminders and logged as warnings.
/// </summary>
public sealed partial class PatientSafetyReportReminders(
    IServiceScopeFactory scopes,
    DatabaseReadiness database,
    WorkflowClock clock,
    IOptions<AnnualReportOptions> options,
    ILogger<PatientSafetyReportReminders> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderScanInterval);
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

    /// <summary>One look at every provider; returns how many reminders it raised.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var year = today.Year - 1;
        if (today < AnnualReportReminder.PatientSafetyDueOn(year).AddDays(-options.Value.ReminderDaysBeforeDue))
        {
            return 0;
        }
        var raised = 0;
        var token = "";
        do
        {
            Page<ProviderName> page;
            await using (var scope = scopes.CreateAsyncScope())
            {
                page = await scope.ServiceProvider.GetRequiredService<IProviderDirectory>().ProvidersAsync(Paging.MaxPageSize, token, cancellationToken);
            }
            foreach (var provider in page.Items)
            {
                raised += await RemindAsync(provider.TenantId, year, cancellationToken) ? 1 : 0;
            }
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return raised;
    }

    private async Task<bool> RemindAsync(string tenantId, int year, CancellationToken cancellationToken)
    {
        using var tenant = TenantContext.Use(tenantId);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        var published = await db.Set<AnnualReport>().AnyAsync(
            r => r.Kind == AnnualReportKind.PatientSafety && r.Year == year && r.State == AnnualReportState.Published, cancellationToken);
        if (published || await db.Set<AnnualReportReminder>().AnyAsync(r => r.Kind == AnnualReportKind.PatientSafety && r.Year == year, cancellationToken))
        {
            return false;
        }
        db.Add(AnnualReportReminder.PatientSafety(tenantId, year, clock.Now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return false; // Another replica raised it first (the key is tenant, year and kind).
        }
        LogReminded(logger, tenantId, year);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} has not published its patientsäkerhetsberättelse for {Year}; reminder raised")]
    private static partial void LogReminded(ILogger logger, string tenantId, int year);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for unpublished patientsäkerhetsberättelser failed; trying again at the next interval")]
    private static partial void LogScanFailed(ILogger logger, Exception exception);
}
