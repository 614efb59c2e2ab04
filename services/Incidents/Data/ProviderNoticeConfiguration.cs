using Ledningssystem.Incidents.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Incidents.Data;

internal sealed class ProviderNoticeConfiguration : IEntityTypeConfiguration<ProviderNotice>
{
    public void Configure(EntityTypeBuilder<ProviderNotice> notice)
    {
        notice.ToTable("provider_notices");
        notice.Property<long>(Pages.SequenceProperty);
        notice.HasKey(Pages.SequenceProperty);
        notice.Property(n => n.TenantId).IsRequired().HasMaxLength(Limits.IdLength);
        notice.Property(n => n.EventId).IsRequired().HasMaxLength(Limits.IdLength);
        notice.HasIndex(n => n.EventId).IsUnique();
        notice.Property(n => n.ProviderTenantId).IsRequired().HasMaxLength(Limits.IdLength);
        notice.Property(n => n.IncidentId).IsRequired().HasMaxLength(Limits.IdLength);
        notice.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        notice.Property(n => n.Track).HasConversion<string>().HasMaxLength(30);
    }
}
