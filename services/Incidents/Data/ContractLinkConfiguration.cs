using Ledningssystem.Incidents.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Incidents.Data;

internal sealed class ContractLinkConfiguration : IEntityTypeConfiguration<ContractLink>
{
    public void Configure(EntityTypeBuilder<ContractLink> link)
    {
        link.ToTable("contract_links");
        link.HasKey(l => new { l.TenantId, l.ContractId });
        link.Property(l => l.TenantId).HasMaxLength(Limits.IdLength);
        link.Property(l => l.ContractId).HasMaxLength(Limits.IdLength);
        link.Property(l => l.ProviderTenantId).IsRequired().HasMaxLength(Limits.IdLength);
        link.HasIndex(l => l.ProviderTenantId);
    }
}
