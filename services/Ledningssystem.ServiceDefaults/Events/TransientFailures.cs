using Ledningssystem.ServiceDefaults.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Failures that a later attempt can overcome: a busy database, a lost race, a timeout, a full or read-only volume.</summary>
internal static class TransientFailures
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsTransient(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => true,
        // A full or read-only volume: the event comes again until the operator has made room.
        _ when StorageFailures.Classify(exception) != StorageFailure.None => true,
        // 23505: two deliveries of one event raced to write its inbox row; the retry finds it and answers SUCCESS.
        PostgresException { SqlState: "40001" or "40P01" or "23505" } => true,
        NpgsqlException { IsTransient: true } => true,
        DbUpdateConcurrencyException or TimeoutException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
