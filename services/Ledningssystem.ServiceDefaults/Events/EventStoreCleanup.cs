using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// At start and then once an hour, deletes delivered outbox rows, inbox rows and dead letters older than their
/// retention, and counts the dead letters left for the gauge.
/// </summary>
internal sealed partial class EventStoreCleanup<TContext>(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<EventsOptions> options,
    EventsTelemetry telemetry,
    ILogger<EventStoreCleanup<TContext>> logger,
    DatabaseReadiness? readiness = null) : BackgroundService
    where TContext : PlatformDbContext
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (readiness is { IsReady: false })
        {
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
        }
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();
        var deliveredBefore = now - options.Value.RetainDelivered;
        var processedBefore = now - options.Value.RetainInbox;
        var outbox = await db.Set<OutboxMessage>().Where(m => m.DeliveredAt < deliveredBefore).ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.Set<InboxMessage>().Where(m => m.ProcessedAt < processedBefore).ExecuteDeleteAsync(cancellationToken);
        var droppedBefore = now - options.Value.RetainDeadLetters;
        var deadLetters = await db.Set<DeadLetter>().Where(d => d.LastDroppedAt < droppedBefore).ExecuteDeleteAsync(cancellationToken);
        telemetry.SetDeadLetters(await db.Set<DeadLetter>().LongCountAsync(cancellationToken));
        if (deadLetters > 0)
        {
            LogDeadLettersExpired(logger, deadLetters, options.Value.RetainDeadLetters.TotalDays);
        }
        LogPurged(logger, outbox, inbox);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {Outbox} delivered outbox rows and {Inbox} old inbox rows")]
    private static partial void LogPurged(ILogger logger, int outbox, int inbox);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleted {Count} dead letters never replayed within {Days} days (Events:RetainDeadLetters)")]
    private static partial void LogDeadLettersExpired(ILogger logger, int count, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleaning the outbox, inbox and dead letters failed; trying again in an hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
