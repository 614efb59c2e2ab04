using Ledningssystem.Organizations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Organizations.Data;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.ToTable("units");
        unit.HasSequenceKey();
        unit.Property(u => u.TenantId).IsId();
        unit.Property(u => u.Id).IsId();
        unit.HasIndex(u => new { u.TenantId, u.Id }).IsUnique();
        unit.Property(u => u.ParentId).HasMaxLength(Identifiers.MaxLength);
        unit.Property(u => u.Path).HasMaxLength(Unit.MaxPathLength);
        unit.HasIndex(u => new { u.TenantId, u.Path });
        unit.Property(u => u.Name).HasMaxLength(Columns.NameLength);
        unit.HasVerksamhetsformer(u => u.Verksamhetsformer);
    }
}
