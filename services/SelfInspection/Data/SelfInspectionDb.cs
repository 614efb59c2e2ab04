using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.SelfInspection.Data;

/// <summary>The SelfInspection service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class SelfInspectionDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

public sealed class SqliteSelfInspectionDb(DbContextOptions<SqliteSelfInspectionDb> options, ITenantContext tenant, TimeProvider clock)
    : SelfInspectionDb(options, tenant, clock);

public sealed class PostgresSelfInspectionDb(DbContextOptions<PostgresSelfInspectionDb> options, ITenantContext tenant, TimeProvider clock)
    : SelfInspectionDb(options, tenant, clock);
