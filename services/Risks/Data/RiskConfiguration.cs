using Ledningssystem.Risks.Domain;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Risks.Data;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    /// <summary>The database-assigned key of a row of an owned list, which has no identity of its own.</summary>
    public const string RowKey = "Row";

    public static readonly HistoryColumns History = new(Limits.EnumLength * 2, Limits.UserIdLength, Limits.NameLength, Limits.ShortText);

    public void Configure(EntityTypeBuilder<Risk> risk)
    {
        risk.IsWorkflowAggregate("risks", Limits.IdLength, Limits.EnumLength);
        risk.Property(r => r.AnalysisId).HasMaxLength(Limits.IdLength);
        risk.HasIndex(r => r.AnalysisId);
        risk.Property(r => r.DocumentId).HasMaxLength(Limits.IdLength);
        risk.Property(r => r.Title).HasMaxLength(Limits.Title);
        risk.Property(r => r.Description).HasMaxLength(Limits.LongText);
        risk.Property(r => r.Cause).HasMaxLength(Limits.LongText);
        risk.Property(r => r.PossibleConsequence).HasMaxLength(Limits.LongText);
        risk.Property(r => r.Owner).HasMaxLength(Limits.NameLength);
        risk.Property(r => r.CloseOutcome).HasConversion<string>().HasMaxLength(Limits.EnumLength);
        risk.Property(r => r.CloseReason).HasMaxLength(Limits.ShortText);
        risk.Property(r => r.Level).HasConversion<string>().HasMaxLength(Limits.EnumLength);
        risk.OwnsMany(r => r.Assessments, assessment =>
        {
            assessment.ToTable("risk_assessments");
            assessment.Property<long>(RowKey);
            assessment.HasKey(RowKey);
            assessment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(Limits.EnumLength);
            assessment.Property(a => a.Level).HasConversion<string>().HasMaxLength(Limits.EnumLength);
            assessment.Property(a => a.Grounds).HasMaxLength(Limits.LongText);
            assessment.Property(a => a.UserId).HasMaxLength(Limits.UserIdLength);
            assessment.Property(a => a.UserName).HasMaxLength(Limits.NameLength);
        });
        risk.OwnsMany(r => r.Actions, action =>
        {
            action.ToTable("risk_actions");
            action.Property(a => a.Id).HasMaxLength(Limits.IdLength);
            action.HasKey(a => a.Id);
            action.Property(a => a.Description).HasMaxLength(Limits.ShortText);
            action.Property(a => a.Responsible).HasMaxLength(Limits.NameLength);
            action.Property(a => a.Status).HasConversion<string>().HasMaxLength(Limits.EnumLength);
        });
        risk.OwnsMany(r => r.Links, link =>
        {
            link.ToTable("risk_links");
            link.Property<long>(RowKey);
            link.HasKey(RowKey);
            link.Property(l => l.Kind).HasConversion<string>().HasMaxLength(Limits.EnumLength);
            link.Property(l => l.TargetId).HasMaxLength(Limits.IdLength);
            link.Property(l => l.UserId).HasMaxLength(Limits.UserIdLength);
            link.Property(l => l.UserName).HasMaxLength(Limits.NameLength);
        });
        risk.OwnsMany(r => r.ControlResults, result =>
        {
            result.ToTable("risk_control_results");
            result.Property(c => c.ExecutionId).HasMaxLength(Limits.IdLength);
            result.HasKey(c => c.ExecutionId);
            result.Property(c => c.UnitId).HasMaxLength(Limits.IdLength);
        });
        risk.OwnsWorkflowHistory(r => r.History, "risk_history", History);
    }
}
