using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Data;

/// <summary>The Complaints service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class ComplaintsDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

public sealed class SqliteComplaintsDb(DbContextOptions<SqliteComplaintsDb> options, ITenantContext tenant, TimeProvider clock)
    : ComplaintsDb(options, tenant, clock);

public sealed class PostgresComplaintsDb(DbContextOptions<PostgresComplaintsDb> options, ITenantContext tenant, TimeProvider clock)
    : ComplaintsDb(options, tenant, clock);
