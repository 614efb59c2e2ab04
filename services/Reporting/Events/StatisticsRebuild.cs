using Ledningssystem.Reporting.Data;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Events;

/// <summary>
/// Builds the current tenant's statistics again from its event store, in one transaction: until it commits, callers
/// read the figures as they were. Events are replayed in the order they were received, which need not be the order
/// they happened in; the projection does not need one.
/// </summary>
public sealed class StatisticsRebuild(ReportingDb db, StatisticsProjection projection, QualityCouncil.Events.FollowUpProjection followUp)
{
    private const int BatchSize = 5000;

    /// <summary>Replays every stored event of the tenant; returns how many.</summary>
    public async Task<long> RebuildAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Counters.ExecuteDeleteAsync(cancellationToken);
        await db.Cases.ExecuteDeleteAsync(cancellationToken);
        await db.UnitVerksamhetsformer.ExecuteDeleteAsync(cancellationToken);
        await followUp.ForgetAsync(cancellationToken);
        long replayed = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.ReceivedEvents.AsNoTracking()
                .Where(e => EF.Property<long>(e, Pages.SequenceProperty) > after)
                .OrderBy(e => EF.Property<long>(e, Pages.SequenceProperty))
                .Take(BatchSize)
                .Select(e => new { Sequence = EF.Property<long>(e, Pages.SequenceProperty), e.Type, e.Payload })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            var messages = batch
                .Where(e => ReadModelSubscriptions.Types.ContainsKey(e.Type))
                .Select(e => ReadModelSubscriptions.Parser.Parse(e.Payload, ReadModelSubscriptions.Types[e.Type]))
                .ToList();
            await projection.ApplyAsync(messages, cancellationToken);
            db.ChangeTracker.Clear();
            replayed += batch.Count;
            after = batch[^1].Sequence;
        }
        await transaction.CommitAsync(cancellationToken);
        return replayed;
    }
}
