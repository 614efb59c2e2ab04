using Ledningssystem.Incidents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Incidents.Data;

internal sealed class ServiceLevelConfiguration : IEntityTypeConfiguration<ServiceLevelSettings>
{
    public void Configure(EntityTypeBuilder<ServiceLevelSettings> levels)
    {
        levels.ToTable("service_levels");
        levels.HasKey(l => l.TenantId);
        levels.Property(l => l.TenantId).HasMaxLength(Limits.IdLength);
        levels.Ignore(l => l.Warning);
    }
}
