using Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.Data;

/// <summary>
/// Moves counters by deltas in the caller's transaction. An upsert that adds in the database (the same SQL on SQLite
/// and PostgreSQL) rather than read-modify-write, so that concurrent deliveries touching one cell both count.
/// </summary>
internal static class CounterStore
{
    public const string Table = "statistics_counters";

    public static async Task AddAsync(this ReportingDb db, string tenantId, IReadOnlyDictionary<CounterKey, CounterDelta> deltas, CancellationToken cancellationToken)
    {
        var writer = new RowWriter<Counter>(
            db,
            [
                nameof(Counter.TenantId), nameof(Counter.Subject), nameof(Counter.Month), nameof(Counter.UnitId), nameof(Counter.Kind),
                nameof(Counter.Category), nameof(Counter.Status), nameof(Counter.Verksamhetsform), nameof(Counter.Count), nameof(Counter.ScoreHundredths),
            ],
            $"""
            ON CONFLICT ("TenantId", "Subject", "Verksamhetsform", "UnitId", "Month", "Kind", "Category", "Status")
            DO UPDATE SET "Count" = {Table}."Count" + excluded."Count", "ScoreHundredths" = {Table}."ScoreHundredths" + excluded."ScoreHundredths"
            """);
        await writer.WriteAsync(
            deltas.Where(d => !d.Value.IsZero).Select(d => new object?[]
            {
                tenantId, d.Key.Subject, d.Key.Month, d.Key.UnitId, d.Key.Kind, d.Key.Category, d.Key.Status, d.Key.Verksamhetsform, d.Value.Count, d.Value.ScoreHundredths,
            }),
            cancellationToken);
    }
}
