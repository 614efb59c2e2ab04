using Ledningssystem.Documents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Documents.Data;

internal sealed class DocumentLinkConfiguration : IEntityTypeConfiguration<DocumentLink>
{
    public void Configure(EntityTypeBuilder<DocumentLink> link)
    {
        link.ToTable("document_links");
        link.HasKey(l => l.Sequence);
        link.Property(l => l.ParentId).HasMaxLength(Columns.IdLength);
        link.Property(l => l.ChildId).HasMaxLength(Columns.IdLength);
        link.HasIndex(l => new { l.TenantId, l.ParentId, l.ChildId }).IsUnique();
    }
}
