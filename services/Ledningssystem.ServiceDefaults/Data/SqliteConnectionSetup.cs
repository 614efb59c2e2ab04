using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// What every SQLite connection of a service is set to when it opens. SQLite itself waits for a concurrent writer (its
/// busy handler backs off from 1 ms) instead of Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms per attempt and
/// made the tail latency of concurrent writes hundreds of milliseconds (docs/benchmarks.md). With a size limit
/// (<see cref="DatabaseOptions.SqliteMaxSizeMegabytes"/>) a write that would grow the file past it fails with
/// SQLITE_FULL before the volume itself is full, where the WAL checkpoint and a backup's copy still need room
/// (ADR 0027). SQLite keeps both settings per connection, not in the file.
/// </summary>
internal sealed class SqliteConnectionSetup(int? maxSizeMegabytes) : DbConnectionInterceptor
{
    /// <summary>How long a write waits for another writer of the file before it fails with SQLITE_BUSY.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    private static readonly string BusyTimeoutPragma = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {BusyTimeout.TotalMilliseconds};");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = BusyTimeoutPragma;
        command.ExecuteNonQuery();
        if (maxSizeMegabytes is { } limit)
        {
            command.CommandText = "PRAGMA page_size;";
            var pageSize = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            command.CommandText = MaxPageCount(limit, pageSize);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = BusyTimeoutPragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
        if (maxSizeMegabytes is { } limit)
        {
            command.CommandText = "PRAGMA page_size;";
            var pageSize = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            command.CommandText = MaxPageCount(limit, pageSize);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string MaxPageCount(int megabytes, long pageSize) =>
        string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {megabytes * 1024L * 1024L / pageSize};");
}
