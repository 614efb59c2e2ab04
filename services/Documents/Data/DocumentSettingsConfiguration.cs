using Ledningssystem.Documents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Documents.Data;

internal sealed class DocumentSettingsConfiguration : IEntityTypeConfiguration<DocumentSettings>
{
    public void Configure(EntityTypeBuilder<DocumentSettings> settings)
    {
        settings.ToTable("document_settings");
        settings.HasKey(s => s.TenantId);
        settings.Property(s => s.TenantId).HasMaxLength(Columns.IdLength);
    }
}
