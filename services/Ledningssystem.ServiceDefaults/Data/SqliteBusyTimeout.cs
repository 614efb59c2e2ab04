using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// Lets SQLite itself wait for a concurrent writer (its busy handler backs off from 1 ms) instead of
/// Microsoft.Data.Sqlite's retry loop, which sleeps 150 ms per attempt and made the tail latency of concurrent writes
/// hundreds of milliseconds (docs/benchmarks.md).
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
