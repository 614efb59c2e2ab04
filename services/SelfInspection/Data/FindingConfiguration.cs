using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.SelfInspection.Data;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> finding)
    {
        finding.IsWorkflowAggregate("findings", Limits.IdLength, Columns.Enum);
        finding.Property(f => f.ExecutionId).IsRequired().HasMaxLength(Limits.IdLength);
        finding.HasIndex(f => f.ExecutionId);
        finding.Property(f => f.QuestionId).HasMaxLength(Limits.IdLength);
        finding.Property(f => f.Description).HasMaxLength(Limits.LongText);
        finding.Property(f => f.Severity).HasConversion<string>().HasMaxLength(Columns.Enum);
        finding.Property(f => f.ResponsibleUserId).HasMaxLength(Limits.UserIdLength);
        finding.Property(f => f.ActionDescription).HasMaxLength(Limits.ShortText);
        finding.Property(f => f.ActionResponsibleUserId).HasMaxLength(Limits.UserIdLength);
        finding.Property(f => f.ActionResponsibleName).HasMaxLength(Limits.NameLength);
        finding.HasIndex(f => f.ActionDueAt);
        finding.Property(f => f.FollowUpNote).HasMaxLength(Limits.ShortText);
        finding.Property(f => f.AcceptedReason).HasMaxLength(Limits.ShortText);
        finding.Property(f => f.IncidentId).HasMaxLength(Limits.IdLength);
        finding.OwnsWorkflowHistory(f => f.History, "finding_history", Columns.History);
    }
}
