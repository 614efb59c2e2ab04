using Ledningssystem.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.Data;

internal sealed class CounterConfiguration : IEntityTypeConfiguration<Counter>
{
    public void Configure(EntityTypeBuilder<Counter> counter)
    {
        counter.ToTable(CounterStore.Table);
        // A tenant's period in one verksamhetsform (or all, "") is one range of the key (its whole-tenant cells, unit ""),
        // a unit's period one per unit. The regional comparison reads every tenant's whole-tenant cells of a period
        // through the index.
        counter.HasKey(c => new { c.TenantId, c.Subject, c.Verksamhetsform, c.UnitId, c.Month, c.Kind, c.Category, c.Status });
        counter.HasIndex(c => new { c.Subject, c.UnitId, c.Month, c.Verksamhetsform });
        counter.Property(c => c.TenantId).HasMaxLength(Limits.IdLength);
        counter.Property(c => c.UnitId).HasMaxLength(Limits.IdLength);
        counter.Property(c => c.Kind).HasMaxLength(Limits.NameLength);
        counter.Property(c => c.Category).HasMaxLength(Limits.IdLength);
        counter.Property(c => c.Verksamhetsform).HasMaxLength(Limits.NameLength);
    }
}
