using Microsoft.Data.Sqlite;

namespace Ledningssystem.Platform.Events.Tests.Support;

public sealed record AppliedRow(long Id, string EventId, string TenantId, string CounterId, long Value, string Source, string? Subject, string? OccurredAt, string? TraceId, string? ParentSpanId, long AppliedAtMs);

public sealed record OutboxRow(long Sequence, string EventId, string AggregateId, string? TenantId, string? TraceParent, int Attempts, bool Delivered, string? LastError, long NextAttemptAtMs);

/// <summary>Reads a host's SQLite file while the host runs (WAL lets readers in beside its writes).</summary>
public sealed class HostDatabase(string file)
{
    private readonly string connectionString = $"Data Source={file};Pooling=False;Default Timeout=30";

    /// <summary>The subscriber's applications, in the order they happened.</summary>
    public Task<List<AppliedRow>> AppliedAsync(string counterPrefix = "") => QueryAsync(
        "SELECT Id, EventId, TenantId, CounterId, Value, Source, Subject, OccurredAt, TraceId, ParentSpanId, AppliedAtMs FROM applied_events WHERE CounterId LIKE $prefix || '%' ORDER BY Id",
        counterPrefix,
        r => new AppliedRow(r.GetInt64(0), r.GetString(1).ToLowerInvariant(), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetString(5),
            Nullable(r, 6), Nullable(r, 7), Nullable(r, 8), Nullable(r, 9), r.GetInt64(10)));

    /// <summary>The publisher's outbox, in sequence order.</summary>
    public Task<List<OutboxRow>> OutboxAsync(string aggregatePrefix = "") => QueryAsync(
        "SELECT Sequence, EventId, AggregateId, TenantId, TraceParent, Attempts, DeliveredAt IS NOT NULL, LastError, NextAttemptAt FROM event_outbox WHERE AggregateId LIKE $prefix || '%' ORDER BY Sequence",
        aggregatePrefix,
        r => new OutboxRow(r.GetInt64(0), r.GetString(1).ToLowerInvariant(), r.GetString(2), Nullable(r, 3), Nullable(r, 4), r.GetInt32(5), r.GetBoolean(6), Nullable(r, 7), r.GetInt64(8)));

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<T>> QueryAsync<T>(string sql, string prefix, Func<SqliteDataReader, T> read)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand(sql, connection);
        command.Parameters.AddWithValue("$prefix", prefix);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static string? Nullable(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
