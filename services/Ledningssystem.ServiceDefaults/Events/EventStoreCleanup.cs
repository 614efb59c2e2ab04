using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Once an hour, deletes delivered outbox rows and inbox rows older than their retention.</summary>
internal sealed partial class EventStoreCleanup<TContext>(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<EventsOptions> options,
    ILogger<EventStoreCleanup<TContext>> logger) : BackgroundService
    where TContext : PlatformDbContext
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
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
        LogPurged(logger, outbox, inbox);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {Outbox} delivered outbox rows and {Inbox} old inbox rows")]
    private static partial void LogPurged(ILogger logger, int outbox, int inbox);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleaning the outbox and inbox failed; trying again in an hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
