using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.SelfInspection.Data;

internal sealed class ChecklistTemplateConfiguration : IEntityTypeConfiguration<ChecklistTemplate>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplate> template)
    {
        template.ToTable("checklist_templates");
        template.Property<long>(Pages.SequenceProperty);
        template.HasKey(Pages.SequenceProperty);
        template.Property(t => t.TenantId).IsRequired().HasMaxLength(Limits.IdLength);
        template.Property(t => t.Id).IsRequired().HasMaxLength(Limits.IdLength);
        template.HasIndex(t => t.Id).IsUnique();
        template.Property(t => t.SeriesId).IsRequired().HasMaxLength(Limits.IdLength);
        template.HasIndex(t => new { t.TenantId, t.SeriesId, t.TemplateVersion }).IsUnique();
        template.Property(t => t.Name).HasMaxLength(Limits.NameLength);
        template.Property(t => t.State).HasConversion<string>().HasMaxLength(Columns.Enum);
        template.Property(t => t.Version).IsConcurrencyToken();
        template.PrimitiveCollection(t => t.SharedWithTenantIds).ElementType(e => e.HasMaxLength(Limits.IdLength));
        template.Property(t => t.UpstreamTenantId).HasMaxLength(Limits.IdLength);
        template.Property(t => t.UpstreamTemplateId).HasMaxLength(Limits.IdLength);
        // Questions are read and written with their version, which never changes once published.
        template.OwnsMany(t => t.Questions, question =>
        {
            question.ToJson("questions");
            question.Property(q => q.AnswerType).HasConversion<string>();
        });
        template.OwnsOne(t => t.Activity, activity =>
        {
            activity.ToJson("activity");
            activity.Property(a => a.Method).HasConversion<string>();
            activity.Property(a => a.Frequency).HasConversion<string>();
        });
    }
}
