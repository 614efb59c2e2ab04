using Ledningssystem.Documents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Documents.Data;

internal sealed class DocumentShareConfiguration : IEntityTypeConfiguration<DocumentShare>
{
    public void Configure(EntityTypeBuilder<DocumentShare> share)
    {
        share.ToTable("document_shares");
        share.HasKey(s => s.Sequence);
        share.Property(s => s.DocumentId).HasMaxLength(Columns.IdLength);
        share.Property(s => s.TargetTenantId).HasMaxLength(Columns.IdLength);
        share.HasIndex(s => new { s.TenantId, s.DocumentId, s.TargetTenantId }).IsUnique();
        share.HasIndex(s => s.TargetTenantId);
    }
}
