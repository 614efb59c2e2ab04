using Ledningssystem.Complaints.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Complaints.Data;

internal sealed class ComplaintCategoryConfiguration : IEntityTypeConfiguration<ComplaintCategory>
{
    public void Configure(EntityTypeBuilder<ComplaintCategory> category)
    {
        category.ToTable("complaint_categories");
        category.Property<long>(Pages.SequenceProperty);
        category.HasKey(Pages.SequenceProperty);
        category.Property(c => c.TenantId).IsRequired().HasMaxLength(Limits.IdLength);
        category.Property(c => c.Id).IsRequired().HasMaxLength(Limits.IdLength);
        category.HasIndex(c => c.Id).IsUnique();
        category.Property(c => c.Name).IsRequired().HasMaxLength(Limits.CategoryName);
        category.HasIndex(c => new { c.TenantId, c.Name }).IsUnique();
    }
}
