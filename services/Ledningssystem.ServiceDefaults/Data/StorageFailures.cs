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
}

internal static class StorageFailures
{
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;

    public static StorageFailure Classify(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteFull } => StorageFailure.Full,
        SqliteException { SqliteErrorCode: SqliteReadOnly or SqliteIoError or SqliteCannotOpen } => StorageFailure.NotWritable,
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } => StorageFailure.Full,
        PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.IoError } => StorageFailure.NotWritable,
        _ => exception.InnerException is { } inner ? Classify(inner) : StorageFailure.None,
    };
}
