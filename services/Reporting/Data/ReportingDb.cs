using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Data;

/// <summary>The Reporting service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class ReportingDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}

public sealed class SqliteReportingDb(DbContextOptions<SqliteReportingDb> options, ITenantContext tenant, TimeProvider clock)
    : ReportingDb(options, tenant, clock);

public sealed class PostgresReportingDb(DbContextOptions<PostgresReportingDb> options, ITenantContext tenant, TimeProvider clock)
    : ReportingDb(options, tenant, clock);
