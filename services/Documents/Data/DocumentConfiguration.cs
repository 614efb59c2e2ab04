using Ledningssystem.Documents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Documents.Data;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> document)
    {
        document.ToTable("documents");
        document.HasKey(d => d.Sequence);
        document.Property(d => d.Id).HasMaxLength(Columns.IdLength).IsRequired();
        document.HasIndex(d => new { d.TenantId, d.Id }).IsUnique();
        document.HasIndex(d => new { d.UpstreamTenantId, d.UpstreamDocumentId });
        document.Property(d => d.Title).HasMaxLength(Columns.TitleLength).IsRequired();
        document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        document.Property(d => d.OwnerUnitId).HasMaxLength(Columns.IdLength).IsRequired();
        document.Property(d => d.ResponsibleRole).HasConversion<string>().HasMaxLength(60);
        document.Property(d => d.ApprovingRole).HasConversion<string>().HasMaxLength(60);
        document.Property(d => d.FollowUpMethod).HasMaxLength(Columns.ShortTextLength);
        document.Property(d => d.LegalReferences).HasJsonConversion();
        document.Property(d => d.LegalReferenceCodes).HasMaxLength(20_000);
        document.Property(d => d.AcknowledgementTargets).HasJsonConversion();
        document.PrimitiveCollection(d => d.ScopeUnitIds);
        document.PrimitiveCollection(d => d.ScopeVerksamhetsformer);
        document.PrimitiveCollection(d => d.SamverkanPartners);
        document.Property(d => d.LatestStatus).HasConversion<string>().HasMaxLength(20);
        document.Property(d => d.SearchText).HasMaxLength(Columns.ContentLength);
        document.Property(d => d.UpstreamTenantId).HasMaxLength(Columns.IdLength);
        document.Property(d => d.UpstreamDocumentId).HasMaxLength(Columns.IdLength);
        document.Property(d => d.LocalSections).HasMaxLength(Columns.ContentLength);
        document.Property(d => d.Revision).IsConcurrencyToken();
    }
}
