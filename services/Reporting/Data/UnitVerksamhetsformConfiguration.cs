using Ledningssystem.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.Data;

internal sealed class UnitVerksamhetsformConfiguration : IEntityTypeConfiguration<UnitVerksamhetsform>
{
    public void Configure(EntityTypeBuilder<UnitVerksamhetsform> unit)
    {
        unit.ToTable("unit_verksamhetsformer");
        unit.HasKey(u => new { u.TenantId, u.UnitId, u.Verksamhetsform });
        // The regional comparison counts every tenant's units per verksamhetsform.
        unit.HasIndex(u => u.Verksamhetsform);
        unit.Property(u => u.TenantId).HasMaxLength(Limits.IdLength);
        unit.Property(u => u.UnitId).HasMaxLength(Limits.IdLength);
        unit.Property(u => u.Verksamhetsform).HasMaxLength(Limits.NameLength);
    }
}
