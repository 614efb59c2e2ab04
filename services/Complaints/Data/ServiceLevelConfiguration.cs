using Ledningssystem.Complaints.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Complaints.Data;

internal sealed class ServiceLevelConfiguration : IEntityTypeConfiguration<ServiceLevelSettings>
{
    public void Configure(EntityTypeBuilder<ServiceLevelSettings> levels)
    {
        levels.ToTable("service_levels");
        levels.HasKey(l => l.TenantId);
        levels.Property(l => l.TenantId).HasMaxLength(Limits.IdLength);
    }
}
