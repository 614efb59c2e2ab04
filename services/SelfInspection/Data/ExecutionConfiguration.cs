using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.SelfInspection.Data;

internal sealed class ExecutionConfiguration : IEntityTypeConfiguration<Execution>
{
    public void Configure(EntityTypeBuilder<Execution> execution)
    {
        execution.ToTable("executions");
        execution.Property<long>(Pages.SequenceProperty);
        execution.HasKey(Pages.SequenceProperty);
        execution.Property(e => e.TenantId).IsRequired().HasMaxLength(Limits.IdLength);
        execution.Property(e => e.Id).IsRequired().HasMaxLength(Limits.IdLength);
        execution.HasIndex(e => e.Id).IsUnique();
        // One execution per occurrence: a repeated RecordExecution cannot carry it out twice.
        execution.Property(e => e.OccurrenceId).IsRequired().HasMaxLength(Limits.IdLength);
        execution.HasIndex(e => e.OccurrenceId).IsUnique();
        execution.Property(e => e.UnitId).IsRequired().HasMaxLength(Limits.IdLength);
        execution.HasIndex(e => new { e.TenantId, e.UnitId });
        execution.Property(e => e.TemplateId).HasMaxLength(Limits.IdLength);
        execution.Property(e => e.PerformedBy).HasMaxLength(Limits.UserIdLength);
        execution.Property(e => e.PerformedByName).HasMaxLength(Limits.NameLength);
        execution.Property(e => e.ResponsibleUserId).HasMaxLength(Limits.UserIdLength);
        execution.Ignore(e => e.AuditId);
        execution.OwnsMany(e => e.Answers, answer =>
        {
            answer.ToJson("answers");
            answer.Property(a => a.YesNo).HasConversion<string>();
        });
    }
}
