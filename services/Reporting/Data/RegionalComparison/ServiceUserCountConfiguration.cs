using Ledningssystem.Reporting.Domain.RegionalComparison;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.Data.RegionalComparison;

internal sealed class ServiceUserCountConfiguration : IEntityTypeConfiguration<ServiceUserCount>
{
    public void Configure(EntityTypeBuilder<ServiceUserCount> count)
    {
        count.ToTable("service_user_counts");
        count.HasKey(c => new { c.TenantId, c.Year, c.Verksamhetsform });
        // The comparison reads a year's figures of every tenant.
        count.HasIndex(c => c.Year);
        count.Property(c => c.TenantId).HasMaxLength(Limits.IdLength);
        count.Property(c => c.Verksamhetsform).HasMaxLength(Limits.NameLength);
    }
}
