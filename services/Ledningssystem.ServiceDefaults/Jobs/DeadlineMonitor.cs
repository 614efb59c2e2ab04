using System.Linq.Expressions;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ledningssystem.ServiceDefaults.Jobs;

/// <summary>An entity whose deadlines a <see cref="DeadlineMonitor{TContext, TEntity}"/> announces; its Id is unique on the platform.</summary>
public interface IDeadlineTracked : ITenantOwned
{
    string Id { get; }
}

/// <summary>
/// Looks every <see cref="Interval"/> at the <see cref="WorkflowClock"/> for entities of every tenant with a deadline to
/// announce, and lets the service announce each, acting for its tenant, in a save of its own. The entity's
/// concurrency token makes two replicas (or a step taken meanwhile) unable to both commit an announcement: the loser
/// leaves it to the next look, which sees the current deadline.
/// </summary>
public abstract class DeadlineMonitor<TContext, TEntity>(
    IServiceScopeFactory scopes, DatabaseReadiness database, WorkflowClock clock, ILogger logger) : BackgroundService
    where TContext : PlatformDbContext
    where TEntity : class, IDeadlineTracked
{
    private const int BatchSize = 200;

    /// <summary>Bounds one look, so that entities a concurrent change keeps from saving cannot hold the loop.</summary>
    private const int MaxBatchesPerScan = 50;

    protected abstract TimeSpan Interval { get; }

    /// <summary>The entities with something to announce at <paramref name="now"/>, as a database query.</summary>
    protected abstract Expression<Func<TEntity, bool>> HasDue(DateTimeOffset now);

    /// <summary>The order the batches take them in (soonest first).</summary>
    protected abstract Expression<Func<TEntity, DateTimeOffset?>> Soonest { get; }

    /// <summary>Records the announcement on the entity and publishes its event; false when there is nothing (left) to announce.</summary>
    protected abstract bool Announce(TEntity entity, IEventPublisher publisher, DateTimeOffset now);

    /// <summary>How one entity is loaded for its announcement (e.g. with split queries for its collections).</summary>
    protected virtual IQueryable<TEntity> Loading(IQueryable<TEntity> entities) => entities;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
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
                DeadlineMonitorLog.ScanFailed(logger, typeof(TEntity).Name, exception);
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
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                due = (await db.Set<TEntity>().AsNoTracking().IgnoreQueryFilters([PlatformDbContext.TenantFilter])
                        .Where(HasDue(now))
                        .OrderBy(Soonest)
                        .Select(e => new { TenantId = EF.Property<string>(e, nameof(IDeadlineTracked.TenantId)), Id = EF.Property<string>(e, nameof(IDeadlineTracked.Id)) })
                        .Take(BatchSize)
                        .ToListAsync(cancellationToken))
                    .Select(e => (e.TenantId, e.Id))
                    .ToList();
            }
            foreach (var (tenantId, id) in due)
            {
                await AnnounceAsync(tenantId, id, now, cancellationToken);
            }
            if (due.Count < BatchSize)
            {
                return;
            }
        }
    }

    private async Task AnnounceAsync(string tenantId, string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var tenant = TenantContext.Use(tenantId);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var entity = await Loading(db.Set<TEntity>()).SingleAsync(e => EF.Property<string>(e, nameof(IDeadlineTracked.Id)) == id, cancellationToken);
        if (!Announce(entity, scope.ServiceProvider.GetRequiredService<IEventPublisher>(), now))
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
}

internal static partial class DeadlineMonitorLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for {Entity} deadlines failed; trying again at the next interval")]
    public static partial void ScanFailed(ILogger logger, string entity, Exception exception);
}
