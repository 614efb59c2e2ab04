using Ledningssystem.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Data;

/// <summary>
/// Moves counters by deltas in the caller's transaction. An upsert that adds in the database (the same SQL on SQLite
/// and PostgreSQL) rather than read-modify-write, so that concurrent deliveries touching one cell both count.
/// </summary>
internal static class CounterStore
{
    public const string Table = "statistics_counters";

    private const string Upsert = $$"""
        INSERT INTO {{Table}} ("TenantId", "Subject", "Month", "UnitId", "Kind", "Category", "Status", "Count")
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})
        ON CONFLICT ("TenantId", "Subject", "Month", "UnitId", "Kind", "Category", "Status")
        DO UPDATE SET "Count" = {{Table}}."Count" + excluded."Count"
        """;

    public static async Task AddAsync(this ReportingDb db, string tenantId, IReadOnlyDictionary<CounterKey, long> deltas, CancellationToken cancellationToken)
    {
        foreach (var (key, delta) in deltas.Where(d => d.Value != 0))
        {
            await db.Database.ExecuteSqlRawAsync(
                Upsert,
                [tenantId, (int)key.Subject, key.Month, key.UnitId, key.Kind, key.Category, (int)key.Status, delta],
                cancellationToken);
        }
    }
}
