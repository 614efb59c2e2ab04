using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Which dead letters an operator lists or replays; every part is optional.</summary>
internal sealed record DeadLetterFilter(string? Topic, string? Type, string? TenantId, DateTimeOffset? DroppedFrom, DateTimeOffset? DroppedBefore);

/// <summary>What one replay came to: SUCCESS (applied once and removed), DROP (still poison, kept) or RETRY (kept).</summary>
internal sealed record ReplayOutcome(long Id, string? EventId, string Status, string? Reason);

/// <summary>The operator's view of the service's dead letters: list them, replay one or all through their handler.</summary>
internal interface IDeadLetterOperator
{
    Task<(IReadOnlyList<DeadLetter> Page, long? Last)> ListAsync(DeadLetterFilter filter, long after, int pageSize, CancellationToken cancellationToken);

    /// <summary>Replays one dead letter, or null when there is none with that id.</summary>
    Task<ReplayOutcome?> ReplayAsync(long id, CancellationToken cancellationToken);

    /// <summary>Replays every matching dead letter once, oldest first.</summary>
    Task<IReadOnlyList<ReplayOutcome>> ReplayAllAsync(DeadLetterFilter filter, CancellationToken cancellationToken);
}

internal sealed class DeadLetterOperator<TContext>(
    TContext db,
    IServiceScopeFactory scopes,
    IEnumerable<EventSubscription> subscriptions,
    IOptions<EventsOptions> options,
    EventsTelemetry telemetry) : IDeadLetterOperator
    where TContext : PlatformDbContext
{
    private const int ReplayBatch = 100;

    public async Task<(IReadOnlyList<DeadLetter> Page, long? Last)> ListAsync(DeadLetterFilter filter, long after, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await Matching(filter).Where(d => d.Id > after).OrderBy(d => d.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        return rows.Count > pageSize ? (rows.GetRange(0, pageSize), rows[pageSize - 1].Id) : (rows, null);
    }

    public async Task<ReplayOutcome?> ReplayAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.Set<DeadLetter>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var outcome = await ReplayAsync(row, cancellationToken);
        telemetry.SetDeadLetters(await db.Set<DeadLetter>().LongCountAsync(cancellationToken));
        return outcome;
    }

    public async Task<IReadOnlyList<ReplayOutcome>> ReplayAllAsync(DeadLetterFilter filter, CancellationToken cancellationToken)
    {
        var outcomes = new List<ReplayOutcome>();
        long after = 0;
        while (true)
        {
            var batch = await Matching(filter).AsNoTracking().Where(d => d.Id > after).OrderBy(d => d.Id).Take(ReplayBatch).ToListAsync(cancellationToken);
            foreach (var row in batch)
            {
                outcomes.Add(await ReplayAsync(row, cancellationToken));
            }
            if (batch.Count < ReplayBatch)
            {
                break;
            }
            after = batch[^1].Id;
        }
        telemetry.SetDeadLetters(await db.Set<DeadLetter>().LongCountAsync(cancellationToken));
        return outcomes;
    }

    /// <summary>Runs the stored body through the same dispatcher as a delivery, in a scope of its own like a request.</summary>
    private async Task<ReplayOutcome> ReplayAsync(DeadLetter row, CancellationToken cancellationToken)
    {
        var subscription = subscriptions.FirstOrDefault(s => EventTopics.For(options.Value, s.EventType) == row.Topic);
        await using var scope = scopes.CreateAsyncScope();
        var dispatcher = scope.ServiceProvider.GetRequiredService<IEventDispatcher>();
        var handling = await dispatcher.DispatchAsync(row.Body, subscription, row.Topic, row.Id, cancellationToken);
        return new ReplayOutcome(row.Id, row.EventId, AppStatusJson.Name(handling.Status), handling.Reason);
    }

    private IQueryable<DeadLetter> Matching(DeadLetterFilter filter)
    {
        var query = db.Set<DeadLetter>().AsQueryable();
        if (filter.Topic is { } topic)
        {
            query = query.Where(d => d.Topic == topic);
        }
        if (filter.Type is { } type)
        {
            query = query.Where(d => d.Type == type);
        }
        if (filter.TenantId is { } tenant)
        {
            query = query.Where(d => d.TenantId == tenant);
        }
        if (filter.DroppedFrom is { } from)
        {
            query = query.Where(d => d.LastDroppedAt >= from);
        }
        if (filter.DroppedBefore is { } before)
        {
            query = query.Where(d => d.LastDroppedAt < before);
        }
        return query;
    }
}
