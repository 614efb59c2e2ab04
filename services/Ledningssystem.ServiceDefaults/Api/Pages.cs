using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.ServiceDefaults.Api;

/// <summary>One page of a list and the token for the next (empty at the end).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string NextPageToken);

/// <summary>
/// Keyset paging over a database-assigned <see cref="SequenceProperty"/> (a shadow key the entity configuration
/// declares), with the platform's page sizes and tokens (<see cref="Paging"/>).
/// </summary>
public static class Pages
{
    public const string SequenceProperty = "Sequence";

    /// <summary>The page after <paramref name="pageToken"/> (validated by the request's validator), in the order rows were added.</summary>
    public static Task<Page<T>> PageAsync<T>(this IQueryable<T> query, int pageSize, string pageToken, CancellationToken cancellationToken)
        where T : class => query.PageAsync(pageSize, pageToken, newestFirst: false, cancellationToken);

    /// <summary>
    /// The page after <paramref name="pageToken"/>: in the order rows were added, or the newest first when
    /// <paramref name="newestFirst"/> (a token continues in the order its first page was asked for).
    /// </summary>
    public static async Task<Page<T>> PageAsync<T>(this IQueryable<T> query, int pageSize, string pageToken, bool newestFirst, CancellationToken cancellationToken)
        where T : class
    {
        if (pageToken.Length > 0 && Paging.TryReadToken(pageToken, out var after))
        {
            query = newestFirst
                ? query.Where(e => EF.Property<long>(e, SequenceProperty) < after)
                : query.Where(e => EF.Property<long>(e, SequenceProperty) > after);
        }
        var size = Paging.PageSize(pageSize);
        var ordered = newestFirst
            ? query.OrderByDescending(e => EF.Property<long>(e, SequenceProperty))
            : query.OrderBy(e => EF.Property<long>(e, SequenceProperty));
        var rows = await ordered
            .Select(e => new { Entity = e, Sequence = EF.Property<long>(e, SequenceProperty) })
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        var next = rows.Count > size ? Paging.Token(rows[size - 1].Sequence) : "";
        return new Page<T>([.. rows.Take(size).Select(r => r.Entity)], next);
    }
}
