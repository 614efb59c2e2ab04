using Ledningssystem.Organizations.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Organizations.Data;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> assignment)
    {
        assignment.ToTable("role_assignments");
        assignment.HasSequenceKey();
        assignment.Property(a => a.TenantId).IsId();
        assignment.Property(a => a.Id).IsId();
        assignment.HasIndex(a => new { a.TenantId, a.Id }).IsUnique();
        assignment.Property(a => a.UserId).HasMaxLength(Columns.UserIdLength);
        assignment.HasIndex(a => new { a.TenantId, a.UserId });
        assignment.Property(a => a.Role).HasConversion<string>().HasMaxLength(40);
        assignment.Property(a => a.UnitId).IsId();
        assignment.HasIndex(a => new { a.TenantId, a.UnitId });
        assignment.Property(a => a.AssignedBy).HasMaxLength(Columns.UserIdLength);
        assignment.Property(a => a.RevokedBy).HasMaxLength(Columns.UserIdLength);
    }
}
