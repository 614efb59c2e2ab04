using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.SelfInspection.Data;

internal sealed class OccurrenceConfiguration : IEntityTypeConfiguration<Occurrence>
{
    public void Configure(EntityTypeBuilder<Occurrence> occurrence)
    {
        occurrence.ToTable("occurrences");
        occurrence.Property<long>(Pages.SequenceProperty);
        occurrence.HasKey(Pages.SequenceProperty);
        occurrence.Property(o => o.TenantId).IsRequired().HasMaxLength(Limits.IdLength);
        occurrence.Property(o => o.Id).IsRequired().HasMaxLength(Limits.IdLength);
        occurrence.HasIndex(o => o.Id).IsUnique();
        occurrence.Property(o => o.PlanId).IsRequired().HasMaxLength(Limits.IdLength);
        occurrence.HasIndex(o => o.PlanId);
        occurrence.Property(o => o.ActivityId).IsRequired().HasMaxLength(Limits.IdLength);
        occurrence.Property(o => o.ActivityName).HasMaxLength(Limits.NameLength);
        occurrence.Property(o => o.UnitId).IsRequired().HasMaxLength(Limits.IdLength);
        occurrence.HasIndex(o => new { o.TenantId, o.UnitId, o.Year });
        occurrence.Property(o => o.State).HasConversion<string>().HasMaxLength(Columns.Enum);
        occurrence.Property(o => o.CancelReason).HasMaxLength(Limits.ShortText);
        occurrence.Property(o => o.ExecutionId).HasMaxLength(Limits.IdLength);
        occurrence.Property(o => o.ResponsibleUserId).HasMaxLength(Limits.UserIdLength);
        occurrence.Property(o => o.RiskId).HasMaxLength(Limits.IdLength);
        occurrence.Property(o => o.ChecklistTemplateId).HasMaxLength(Limits.IdLength);
        occurrence.HasIndex(o => o.DueAt);
        occurrence.Property(o => o.Version).IsConcurrencyToken();
        occurrence.Ignore(o => o.IsOpen);
    }
}
