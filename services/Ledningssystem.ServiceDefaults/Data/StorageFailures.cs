using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>Why the database refused to write, when the cause is its storage rather than the data (ADR 0027).</summary>
internal enum StorageFailure
{
    None,

    /// <summary>The volume, or the database's size limit, has no room for the change.</summary>
    Full,

    /// <summary>The database file or its volume cannot be written (read-only, or an I/O error).</summary>
    NotWritable,

    /// <summary>
    /// The database could not take the work now, though nothing is wrong with it or the data: SQLite's lock held by
    /// another process past the busy timeout, a PostgreSQL deadlock or serialization failure, no connection left on the
    /// server or in the pool, the server out of reach. The transaction was rolled back; the same call may succeed later.
    /// </summary>
    Busy,
}

internal static class StorageFailures
{
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static StorageFailure Classify(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteFull } => StorageFailure.Full,
        SqliteException { SqliteErrorCode: SqliteReadOnly or SqliteIoError or SqliteCannotOpen } => StorageFailure.NotWritable,
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } => StorageFailure.Full,
        PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.IoError } => StorageFailure.NotWritable,
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => StorageFailure.Busy,
        PostgresException
        {
            SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable
                or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown,
        } => StorageFailure.Busy,
        // Not the server's answer: its connection pool exhausted, or the server out of reach.
        NpgsqlException { IsTransient: true } and not PostgresException => StorageFailure.Busy,
        _ => exception.InnerException is { } inner ? Classify(inner) : StorageFailure.None,
    };
}
