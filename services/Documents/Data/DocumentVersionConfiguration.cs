using Ledningssystem.Documents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Documents.Data;

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> version)
    {
        version.ToTable("document_versions");
        version.HasKey(v => v.Sequence);
        version.HasIndex(v => new { v.TenantId, v.DocumentId, v.Number }).IsUnique();
        version.Property(v => v.DocumentId).HasMaxLength(Columns.IdLength).IsRequired();
        version.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        version.Property(v => v.ChangeSummary).HasMaxLength(Columns.ShortTextLength);
        version.Property(v => v.ContentMarkdown).HasMaxLength(Columns.ContentLength);
        version.Property(v => v.FileText).HasMaxLength(Columns.ContentLength);
        version.Property(v => v.ReviewComment).HasMaxLength(Columns.ShortTextLength);
        version.Ignore(v => v.Text);
        version.Ignore(v => v.IsReleased);
        version.OwnsOne(v => v.Author, stamp => stamp.IsStamp("Author"));
        version.Navigation(v => v.Author).IsRequired();
        version.OwnsOne(v => v.Approved, stamp => stamp.IsStamp("Approved"));
        version.OwnsOne(v => v.Published, stamp => stamp.IsStamp("Published"));
        version.OwnsOne(v => v.File, file =>
        {
            file.Property(f => f.FileName).HasColumnName("FileName").HasMaxLength(255);
            file.Property(f => f.ContentType).HasColumnName("FileContentType").HasMaxLength(100);
            file.Property(f => f.SizeBytes).HasColumnName("FileSizeBytes");
            file.Property(f => f.Sha256).HasColumnName("FileSha256").HasMaxLength(64);
            file.Property(f => f.BlobKey).HasColumnName("FileBlobKey").HasMaxLength(500);
        });
    }
}
