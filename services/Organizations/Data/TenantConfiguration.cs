using Ledningssystem.Organizations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Organizations.Data;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> tenant)
    {
        tenant.ToTable("tenants");
        tenant.HasSequenceKey();
        tenant.Property(t => t.TenantId).IsId();
        tenant.HasIndex(t => t.TenantId).IsUnique();
        tenant.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        tenant.Property(t => t.OrganisationNumber).HasConversion(n => n.Value, value => OrganisationNumber.Parse(value)).HasMaxLength(11);
        tenant.Property(t => t.Name).HasMaxLength(Columns.NameLength);
        tenant.ComplexProperty(t => t.Contact, contact =>
        {
            contact.Property(c => c.Name).HasMaxLength(Columns.NameLength);
            contact.Property(c => c.Email).HasMaxLength(Columns.NameLength);
            contact.Property(c => c.Phone).HasMaxLength(40);
        });
        tenant.Property(t => t.RootUnitId).IsId();
        tenant.Property(t => t.SuspensionReason).HasMaxLength(500);
        tenant.Property(t => t.Revision).IsConcurrencyToken();
    }
}
