using System.Text.Json;
using Ledningssystem.Documents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Documents.Data;

/// <summary>Tables, keys and column sizes. Lists page by the database-assigned Sequence (keyset).</summary>
internal static class DocumentsModel
{
    public const int IdLength = 100;
    public const int UserIdLength = 200;
    public const int TitleLength = 300;
    public const int ShortTextLength = 2000;
    public const int ContentLength = 500_000;

    public static void Configure(ModelBuilder model)
    {
        model.Entity<Document>(document =>
        {
            document.ToTable("documents");
            document.HasKey(d => d.Sequence);
            document.Property(d => d.Id).HasMaxLength(IdLength).IsRequired();
            document.HasIndex(d => new { d.TenantId, d.Id }).IsUnique();
            document.HasIndex(d => new { d.UpstreamTenantId, d.UpstreamDocumentId });
            document.Property(d => d.Title).HasMaxLength(TitleLength).IsRequired();
            document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.OwnerUnitId).HasMaxLength(IdLength).IsRequired();
            document.Property(d => d.ResponsibleRole).HasConversion<string>().HasMaxLength(60);
            document.Property(d => d.ApprovingRole).HasConversion<string>().HasMaxLength(60);
            document.Property(d => d.FollowUpMethod).HasMaxLength(ShortTextLength);
            document.Property(d => d.LegalReferences).HasJsonConversion();
            document.Property(d => d.LegalReferenceCodes).HasMaxLength(20_000);
            document.Property(d => d.AcknowledgementTargets).HasJsonConversion();
            document.PrimitiveCollection(d => d.ScopeUnitIds);
            document.PrimitiveCollection(d => d.ScopeVerksamhetsformer);
            document.PrimitiveCollection(d => d.SamverkanPartners);
            document.Property(d => d.LatestStatus).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.SearchText).HasMaxLength(ContentLength);
            document.Property(d => d.UpstreamTenantId).HasMaxLength(IdLength);
            document.Property(d => d.UpstreamDocumentId).HasMaxLength(IdLength);
            document.Property(d => d.LocalSections).HasMaxLength(ContentLength);
            document.Property(d => d.Revision).IsConcurrencyToken();
        });
        model.Entity<DocumentVersion>(version =>
        {
            version.ToTable("document_versions");
            version.HasKey(v => v.Sequence);
            version.HasIndex(v => new { v.TenantId, v.DocumentId, v.Number }).IsUnique();
            version.Property(v => v.DocumentId).HasMaxLength(IdLength).IsRequired();
            version.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            version.Property(v => v.ChangeSummary).HasMaxLength(ShortTextLength);
            version.Property(v => v.ContentMarkdown).HasMaxLength(ContentLength);
            version.Property(v => v.FileText).HasMaxLength(ContentLength);
            version.Property(v => v.ReviewComment).HasMaxLength(ShortTextLength);
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
        });
        model.Entity<DocumentLink>(link =>
        {
            link.ToTable("document_links");
            link.HasKey(l => l.Sequence);
            link.Property(l => l.ParentId).HasMaxLength(IdLength);
            link.Property(l => l.ChildId).HasMaxLength(IdLength);
            link.HasIndex(l => new { l.TenantId, l.ParentId, l.ChildId }).IsUnique();
        });
        model.Entity<Acknowledgement>(acknowledgement =>
        {
            acknowledgement.ToTable("document_acknowledgements");
            acknowledgement.HasKey(a => a.Sequence);
            acknowledgement.Property(a => a.DocumentId).HasMaxLength(IdLength);
            acknowledgement.Property(a => a.UserId).HasMaxLength(UserIdLength);
            acknowledgement.HasIndex(a => new { a.TenantId, a.DocumentId, a.VersionNumber, a.UserId }).IsUnique();
        });
        model.Entity<DocumentShare>(share =>
        {
            share.ToTable("document_shares");
            share.HasKey(s => s.Sequence);
            share.Property(s => s.DocumentId).HasMaxLength(IdLength);
            share.Property(s => s.TargetTenantId).HasMaxLength(IdLength);
            share.HasIndex(s => new { s.TenantId, s.DocumentId, s.TargetTenantId }).IsUnique();
            share.HasIndex(s => s.TargetTenantId);
        });
        model.Entity<DocumentSettings>(settings =>
        {
            settings.ToTable("document_settings");
            settings.HasKey(s => s.TenantId);
            settings.Property(s => s.TenantId).HasMaxLength(IdLength);
        });
    }

    private static void IsStamp<T>(this OwnedNavigationBuilder<T, Stamp> stamp, string prefix)
        where T : class
    {
        stamp.Property(s => s.UserId).HasColumnName(prefix + "Id").HasMaxLength(UserIdLength);
        stamp.Property(s => s.Name).HasColumnName(prefix + "Name").HasMaxLength(200);
        stamp.Property(s => s.At).HasColumnName(prefix + "At");
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A small list of records as one JSON text column on either database.</summary>
    private static PropertyBuilder<List<T>> HasJsonConversion<T>(this PropertyBuilder<List<T>> property) =>
        property
            .HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                    list => list.ToList()))
            .HasMaxLength(20_000);
}
