using Ledningssystem.Reporting.Domain.RegionalComparison;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.Data.RegionalComparison;

internal sealed class ComparedProviderConfiguration : IEntityTypeConfiguration<ComparedProvider>
{
    public void Configure(EntityTypeBuilder<ComparedProvider> provider)
    {
        provider.ToTable("compared_providers");
        provider.HasKey(p => p.TenantId);
        provider.HasIndex(p => p.Pseudonym).IsUnique();
        provider.Property(p => p.TenantId).HasMaxLength(Limits.IdLength);
        provider.Property(p => p.Kind).HasConversion<string>().HasMaxLength(Limits.NameLength);
        provider.Property(p => p.Name).IsRequired().HasMaxLength(Limits.NameLength * 2);
        provider.Property(p => p.Pseudonym).IsRequired().HasMaxLength(Limits.NameLength);
        provider.Ignore(p => p.IsCompared);
    }
}
