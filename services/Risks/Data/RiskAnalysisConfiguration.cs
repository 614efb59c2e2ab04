using Ledningssystem.Risks.Domain;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Risks.Data;

internal sealed class RiskAnalysisConfiguration : IEntityTypeConfiguration<RiskAnalysis>
{
    public void Configure(EntityTypeBuilder<RiskAnalysis> analysis)
    {
        analysis.IsWorkflowAggregate("risk_analyses", Limits.IdLength, Limits.EnumLength);
        analysis.Property(a => a.Subject).HasConversion<string>().HasMaxLength(Limits.EnumLength);
        analysis.Property(a => a.DocumentId).HasMaxLength(Limits.IdLength);
        analysis.Property(a => a.Title).HasMaxLength(Limits.Title);
        analysis.PrimitiveCollection(a => a.Participants).HasField("participants").ElementType(e => e.HasMaxLength(Limits.NameLength));
        analysis.Property(a => a.CreatedBy).HasMaxLength(Limits.UserIdLength);
        analysis.Property(a => a.CreatedByName).HasMaxLength(Limits.NameLength);
        analysis.OwnsWorkflowHistory(a => a.History, "risk_analysis_history", RiskConfiguration.History);
    }
}
