using Ledningssystem.Documents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Documents.Data;

internal sealed class AcknowledgementConfiguration : IEntityTypeConfiguration<Acknowledgement>
{
    public void Configure(EntityTypeBuilder<Acknowledgement> acknowledgement)
    {
        acknowledgement.ToTable("document_acknowledgements");
        acknowledgement.HasKey(a => a.Sequence);
        acknowledgement.Property(a => a.DocumentId).HasMaxLength(Columns.IdLength);
        acknowledgement.Property(a => a.UserId).HasMaxLength(Columns.UserIdLength);
        acknowledgement.HasIndex(a => new { a.TenantId, a.DocumentId, a.VersionNumber, a.UserId }).IsUnique();
    }
}
