using Ledningssystem.Complaints.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Data;

/// <summary>The Complaints service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class ComplaintsDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ComplaintCategory> Categories => Set<ComplaintCategory>();

    public DbSet<ServiceLevelSettings> ServiceLevels => Set<ServiceLevelSettings>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new ComplaintConfiguration())
        .ApplyConfiguration(new ComplaintCategoryConfiguration())
        .ApplyConfiguration(new ServiceLevelConfiguration());
}

public sealed class SqliteComplaintsDb(DbContextOptions<SqliteComplaintsDb> options, ITenantContext tenant, TimeProvider clock)
    : ComplaintsDb(options, tenant, clock);

public sealed class PostgresComplaintsDb(DbContextOptions<PostgresComplaintsDb> options, ITenantContext tenant, TimeProvider clock)
    : ComplaintsDb(options, tenant, clock);
