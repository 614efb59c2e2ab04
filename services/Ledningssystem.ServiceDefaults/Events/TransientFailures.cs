using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>Failures that a later attempt can overcome: a busy database, a lost race, a timeout, a full or read-only volume.</summary>
internal static class TransientFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        // A full or read-only volume, a busy or unreachable database: the event comes again until it can be written.
        _ when StorageFailures.Classify(exception) != StorageFailure.None => true,
        // 23505: two deliveries of one event raced to write its inbox row; the retry finds it and answers SUCCESS.
        PostgresException { SqlState: "23505" } => true,
        DbUpdateConcurrencyException or TimeoutException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
