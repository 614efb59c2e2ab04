using Ledningssystem.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.Data;

internal sealed class ReportingSettingsConfiguration : IEntityTypeConfiguration<ReportingSettings>
{
    public void Configure(EntityTypeBuilder<ReportingSettings> settings)
    {
        settings.ToTable("reporting_settings");
        settings.HasKey(s => s.TenantId);
        settings.Property(s => s.TenantId).HasMaxLength(Limits.IdLength);
    }
}
