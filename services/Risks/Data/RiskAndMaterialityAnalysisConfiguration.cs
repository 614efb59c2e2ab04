using Ledningssystem.Risks.Domain;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Risks.Data;

internal sealed class RiskAndMaterialityAnalysisConfiguration : IEntityTypeConfiguration<RiskAndMaterialityAnalysis>
{
    public void Configure(EntityTypeBuilder<RiskAndMaterialityAnalysis> rov)
    {
        rov.IsWorkflowAggregate("rovs", Limits.IdLength, Limits.EnumLength);
        rov.HasIndex(r => new { r.TenantId, r.UnitId, r.Year }).IsUnique();
        rov.OwnsMany(r => r.Ratings, rating =>
        {
            rating.ToTable("rov_ratings");
            rating.Property<long>(RiskConfiguration.RowKey);
            rating.HasKey(RiskConfiguration.RowKey);
            rating.Property(r => r.RiskId).HasMaxLength(Limits.IdLength);
            rating.Property(r => r.Title).HasMaxLength(Limits.Title);
            rating.Property(r => r.UnitId).HasMaxLength(Limits.IdLength);
            rating.Property(r => r.Level).HasConversion<string>().HasMaxLength(Limits.EnumLength);
            rating.Property(r => r.Control).HasMaxLength(Limits.ShortText);
            rating.Property(r => r.ResponsibleRole).HasMaxLength(Limits.NameLength);
            rating.Property(r => r.DocumentId).HasMaxLength(Limits.IdLength);
            rating.Ignore(r => r.Chosen);
            rating.Ignore(r => r.Months);
        });
        rov.OwnsWorkflowHistory(r => r.History, "rov_history", RiskConfiguration.History);
    }
}
