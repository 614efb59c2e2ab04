using Ledningssystem.Organizations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Organizations.Data;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> contract)
    {
        contract.ToTable("contracts");
        contract.HasSequenceKey();
        contract.Property(c => c.TenantId).IsId();
        contract.Property(c => c.Id).IsId();
        contract.HasIndex(c => new { c.TenantId, c.Id }).IsUnique();
        contract.Property(c => c.ProviderTenantId).IsId();
        contract.HasIndex(c => c.ProviderTenantId);
        contract.Property(c => c.Title).HasMaxLength(Columns.NameLength);
        contract.HasVerksamhetsformer(c => c.Verksamhetsformer);
    }
}
