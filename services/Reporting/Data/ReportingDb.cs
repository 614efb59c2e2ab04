using Ledningssystem.Reporting.AnnualReports.Data;
using Ledningssystem.Reporting.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Data;

/// <summary>The Reporting service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class ReportingDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<ReceivedEvent> ReceivedEvents => Set<ReceivedEvent>();

    public DbSet<ReportingSettings> Settings => Set<ReportingSettings>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new CaseRecordConfiguration())
        .ApplyConfiguration(new CounterConfiguration())
        .ApplyConfiguration(new ReceivedEventConfiguration())
        .ApplyConfiguration(new ReportingSettingsConfiguration())
        .ApplyAnnualReports();
}

public sealed class SqliteReportingDb(DbContextOptions<SqliteReportingDb> options, ITenantContext tenant, TimeProvider clock)
    : ReportingDb(options, tenant, clock);

public sealed class PostgresReportingDb(DbContextOptions<PostgresReportingDb> options, ITenantContext tenant, TimeProvider clock)
    : ReportingDb(options, tenant, clock);
