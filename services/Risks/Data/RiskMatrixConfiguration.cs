using Ledningssystem.Risks.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Risks.Data;

internal sealed class RiskMatrixConfiguration : IEntityTypeConfiguration<RiskMatrix>
{
    public void Configure(EntityTypeBuilder<RiskMatrix> matrix)
    {
        matrix.ToTable("risk_matrices");
        matrix.Property(m => m.TenantId).IsRequired().HasMaxLength(Limits.IdLength);
        matrix.HasKey(m => new { m.TenantId, m.Version });
        matrix.PrimitiveCollection(m => m.ProbabilityLabels).HasField("probabilityLabels").ElementType(e => e.HasMaxLength(Limits.ScaleLabel));
        matrix.PrimitiveCollection(m => m.ConsequenceLabels).HasField("consequenceLabels").ElementType(e => e.HasMaxLength(Limits.ScaleLabel));
        matrix.PrimitiveCollection(m => m.Levels).HasField("levels");
    }
}
