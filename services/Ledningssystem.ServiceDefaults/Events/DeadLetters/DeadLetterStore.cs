using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Writes to the dead-letter table; the caller decides the transaction (and, on SQLite, holds the writer).</summary>
internal static class DeadLetterStore
{
    public const int MaxEventIdLength = 200;
    private const int MaxReasonLength = 2000;

    /// <summary>
    /// Records a drop: on the replayed row, else on the row of an earlier drop of the same event id, else as a new row.
    /// </summary>
    public static async Task<int> RecordAsync(DbContext db, DeadLetter dropped, string reason, long? replaying, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deadLetters = db.Set<DeadLetter>();
        var row = replaying is { } id
            ? await deadLetters.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            : dropped.EventId is { } eventId
                ? await deadLetters.Where(d => d.EventId == eventId && d.Topic == dropped.Topic).OrderBy(d => d.Id).FirstOrDefaultAsync(cancellationToken)
                : null;
        if (row is null)
        {
            row = dropped;
            row.FirstDroppedAt = now;
            deadLetters.Add(row);
        }
        row.Reason = reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
        row.Drops++;
        row.LastDroppedAt = now;
        return await db.SaveChangesAsync(cancellationToken);
    }

    public static Task<int> RemoveAsync(DbContext db, long id, CancellationToken cancellationToken) =>
        db.Set<DeadLetter>().Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
}
