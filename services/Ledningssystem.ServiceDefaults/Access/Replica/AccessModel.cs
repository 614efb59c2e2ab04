using Ledningssystem.ServiceDefaults.Access.Replica;
using Microsoft.EntityFrameworkCore;

// The library's root namespace, so that PlatformDbContext reaches AddAccessModel without a using.
namespace Ledningssystem.ServiceDefaults;

/// <summary>The access replica's tables in every service's database; PlatformDbContext adds their tenant filters.</summary>
internal static class AccessModel
{
    public const int IdLength = 100;
    public const int UserIdLength = 200;
    public const int NameLength = 200;
    public const int PathLength = 2000;

    public static void AddAccessModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TenantReplica>(tenant =>
        {
            tenant.ToTable("access_tenants");
            tenant.HasKey(t => t.TenantId);
            tenant.Property(t => t.TenantId).HasMaxLength(IdLength);
            tenant.Property(t => t.Name).HasMaxLength(NameLength).IsRequired();
        });
        modelBuilder.Entity<UnitReplica>(unit =>
        {
            unit.ToTable("access_units");
            unit.HasKey(u => new { u.TenantId, u.Id });
            unit.Property(u => u.TenantId).HasMaxLength(IdLength);
            unit.Property(u => u.Id).HasMaxLength(IdLength);
            unit.Property(u => u.ParentId).HasMaxLength(IdLength);
            unit.Property(u => u.Name).HasMaxLength(NameLength).IsRequired();
            unit.Property(u => u.Path).HasMaxLength(PathLength).IsRequired();
            unit.HasIndex(u => new { u.TenantId, u.Path });
        });
        modelBuilder.Entity<RoleAssignmentReplica>(assignment =>
        {
            assignment.ToTable("access_role_assignments");
            assignment.HasKey(a => new { a.TenantId, a.Id });
            assignment.Property(a => a.TenantId).HasMaxLength(IdLength);
            assignment.Property(a => a.Id).HasMaxLength(IdLength);
            assignment.Property(a => a.UserId).HasMaxLength(UserIdLength).IsRequired();
            assignment.Property(a => a.Role).HasConversion<string>().HasMaxLength(60);
            assignment.Property(a => a.UnitId).HasMaxLength(IdLength).IsRequired();
            assignment.HasIndex(a => new { a.TenantId, a.UserId });
        });
    }
}
