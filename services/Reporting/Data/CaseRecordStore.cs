using Ledningssystem.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Data;

/// <summary>
/// Writes the case records a batch changed, in the caller's transaction: a new one is inserted, a loaded one updated
/// only if no other transaction wrote it after it was read (its <see cref="CaseRecord.Version"/> is written one
/// higher than it was read). Otherwise nothing of the batch stays and the delivery is tried again.
/// </summary>
internal static class CaseRecordStore
{
    private const string Table = "case_records";

    public static async Task SaveAsync(this ReportingDb db, string tenantId, IReadOnlyCollection<CaseRecord> changed, CancellationToken cancellationToken)
    {
        var writer = new RowWriter<CaseRecord>(
            db,
            [
                nameof(CaseRecord.TenantId), nameof(CaseRecord.Type), nameof(CaseRecord.CaseId), nameof(CaseRecord.UnitId), nameof(CaseRecord.Month),
                nameof(CaseRecord.Kind), nameof(CaseRecord.Categories), nameof(CaseRecord.CategoriesAt), nameof(CaseRecord.ProgressedAt),
                nameof(CaseRecord.ClosedAt), nameof(CaseRecord.ReopenedAt), nameof(CaseRecord.Version),
            ],
            $"""
            ON CONFLICT ("TenantId", "Type", "CaseId") DO UPDATE SET
                "UnitId" = excluded."UnitId", "Month" = excluded."Month", "Kind" = excluded."Kind", "Categories" = excluded."Categories",
                "CategoriesAt" = excluded."CategoriesAt", "ProgressedAt" = excluded."ProgressedAt", "ClosedAt" = excluded."ClosedAt",
                "ReopenedAt" = excluded."ReopenedAt", "Version" = excluded."Version"
            WHERE {Table}."Version" = excluded."Version" - 1
            """);
        var written = await writer.WriteAsync(
            changed.Select(r => new object?[]
            {
                tenantId, r.Type, r.CaseId, r.UnitId, r.Month, r.Kind, r.Categories, r.CategoriesAt, r.ProgressedAt, r.ClosedAt, r.ReopenedAt, r.Version + 1,
            }),
            cancellationToken);
        if (written != changed.Count)
        {
            throw new DbUpdateConcurrencyException($"{changed.Count - written} of {changed.Count} case records were written by another transaction meanwhile.");
        }
    }
}
