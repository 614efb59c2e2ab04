using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>The relay's reads and writes of the outbox, in SQL that SQLite and PostgreSQL both run.</summary>
internal static class OutboxQueries
{
    public static IQueryable<OutboxMessage> Pending(DbContext db) =>
        db.Set<OutboxMessage>().Where(m => m.DeliveredAt == null);

    /// <summary>
    /// The oldest pending events, in sequence order, of the aggregates that have no event waiting for a retry.
    /// Reading in sequence order means the first event of each aggregate in the batch is that aggregate's oldest.
    /// </summary>
    public static IQueryable<OutboxMessage> Deliverable(DbContext db, DateTimeOffset now, int batchSize)
    {
        var waiting = Pending(db).Where(m => m.NextAttemptAt > now).Select(m => m.AggregateId);
        return Pending(db)
            .Where(m => !waiting.Contains(m.AggregateId))
            .OrderBy(m => m.Sequence)
            .Take(batchSize)
            .AsNoTracking();
    }

    public static Task<DateTimeOffset?> OldestPendingAsync(DbContext db, CancellationToken cancellationToken) =>
        Pending(db).OrderBy(m => m.Sequence).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken);

    public static Task<DateTimeOffset?> NextRetryAsync(DbContext db, DateTimeOffset now, CancellationToken cancellationToken) =>
        Pending(db).Where(m => m.NextAttemptAt > now).OrderBy(m => m.NextAttemptAt)
            .Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Marks events delivered; the condition on DeliveredAt leaves rows another relay marked first alone.</summary>
    public static Task<int> MarkDeliveredAsync(DbContext db, IReadOnlyCollection<long> sequences, DateTimeOffset now, CancellationToken cancellationToken) =>
        Pending(db).Where(m => sequences.Contains(m.Sequence)).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.DeliveredAt, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);

    public static Task<int> MarkDroppedAsync(DbContext db, long sequence, string note, DateTimeOffset now, CancellationToken cancellationToken) =>
        Pending(db).Where(m => m.Sequence == sequence).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.DeliveredAt, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LastError, Truncate(note)), cancellationToken);

    public static Task<int> MarkFailedAsync(DbContext db, long sequence, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        Pending(db).Where(m => m.Sequence == sequence).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
            .SetProperty(m => m.LastError, Truncate(error)), cancellationToken);

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;
}
