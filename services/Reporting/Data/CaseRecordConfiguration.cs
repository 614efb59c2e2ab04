using Ledningssystem.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.Data;

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> record)
    {
        record.ToTable("case_records");
        record.HasKey(r => new { r.TenantId, r.Type, r.CaseId });
        // A unit's cases, when its verksamhetsformer become known after them.
        record.HasIndex(r => new { r.TenantId, r.UnitId });
        record.Property(r => r.TenantId).HasMaxLength(Limits.IdLength);
        record.Property(r => r.CaseId).HasMaxLength(Limits.IdLength);
        record.Property(r => r.UnitId).HasMaxLength(Limits.IdLength);
        record.Property(r => r.Kind).IsRequired().HasMaxLength(Limits.NameLength);
        // A complaint has at most 20 categories (Complaints' limit) of ids up to IdLength.
        record.Property(r => r.Categories).IsRequired().HasMaxLength(20 * (Limits.IdLength + 1));
        record.Property(r => r.Version).IsConcurrencyToken();
        record.Ignore(r => r.Status);
    }
}
