using System.Text;
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

    // Ten parameters a row; SQLite takes 32766 parameters a statement.
    private const int RowsPerStatement = 500;

    public static async Task AddAsync(this ReportingDb db, string tenantId, IReadOnlyDictionary<CounterKey, CounterDelta> deltas, CancellationToken cancellationToken)
    {
        foreach (var rows in deltas.Where(d => !d.Value.IsZero).Chunk(RowsPerStatement))
        {
            var parameters = new List<object>(rows.Length * 10);
            var values = new StringBuilder();
            foreach (var (key, delta) in rows)
            {
                var at = parameters.Count;
                values.Append(values.Length == 0 ? "" : ", ")
                    .Append(System.Globalization.CultureInfo.InvariantCulture, $"({{{at}}}, {{{at + 1}}}, {{{at + 2}}}, {{{at + 3}}}, {{{at + 4}}}, {{{at + 5}}}, {{{at + 6}}}, {{{at + 7}}}, {{{at + 8}}}, {{{at + 9}}})");
                parameters.AddRange([tenantId, (int)key.Subject, key.Month, key.UnitId, key.Kind, key.Category, (int)key.Status, key.Verksamhetsform, delta.Count, delta.ScoreHundredths]);
            }
            // Only parameter placeholders are written into the text; every value travels as a parameter.
            var sql = $"""
                INSERT INTO {Table} ("TenantId", "Subject", "Month", "UnitId", "Kind", "Category", "Status", "Verksamhetsform", "Count", "ScoreHundredths")
                VALUES {values}
                ON CONFLICT ("TenantId", "Subject", "Verksamhetsform", "UnitId", "Month", "Kind", "Category", "Status")
                DO UPDATE SET "Count" = {Table}."Count" + excluded."Count", "ScoreHundredths" = {Table}."ScoreHundredths" + excluded."ScoreHundredths"
                """;
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
    }
}
