using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Data;

/// <summary>The Risks service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class RisksDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

public sealed class SqliteRisksDb(DbContextOptions<SqliteRisksDb> options, ITenantContext tenant, TimeProvider clock)
    : RisksDb(options, tenant, clock);

public sealed class PostgresRisksDb(DbContextOptions<PostgresRisksDb> options, ITenantContext tenant, TimeProvider clock)
    : RisksDb(options, tenant, clock);
