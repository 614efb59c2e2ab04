using Ledningssystem.Reporting.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.Reporting.QualityCouncil.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Data;

/// <summary>The Reporting service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class ReportingDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<ReceivedEvent> ReceivedEvents => Set<ReceivedEvent>();

    public DbSet<ReportingSettings> Settings => Set<ReportingSettings>();

    public DbSet<QualityCouncil.Domain.InspectionExecution> InspectionExecutions => Set<QualityCouncil.Domain.InspectionExecution>();

    public DbSet<QualityCouncil.Domain.FindingRecord> Findings => Set<QualityCouncil.Domain.FindingRecord>();

    public DbSet<QualityCouncil.Domain.RiskRecord> Risks => Set<QualityCouncil.Domain.RiskRecord>();

    public DbSet<QualityCouncil.Domain.BalanceItem> BalanceItems => Set<QualityCouncil.Domain.BalanceItem>();

    public DbSet<QualityCouncil.Domain.Escalation> Escalations => Set<QualityCouncil.Domain.Escalation>();

    public DbSet<QualityCouncil.Domain.ControlPlan> ControlPlans => Set<QualityCouncil.Domain.ControlPlan>();

    public DbSet<QualityCouncil.Domain.CouncilProtocol> CouncilProtocols => Set<QualityCouncil.Domain.CouncilProtocol>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new CaseRecordConfiguration())
        .ApplyConfiguration(new CounterConfiguration())
        .ApplyConfiguration(new ReceivedEventConfiguration())
        .ApplyConfiguration(new ReportingSettingsConfiguration())
        .ApplyFollowUpRecords()
        .ApplyConfiguration(new QualityCouncil.Data.CouncilProtocolConfiguration());
}

public sealed class SqliteReportingDb(DbContextOptions<SqliteReportingDb> options, ITenantContext tenant, TimeProvider clock)
    : ReportingDb(options, tenant, clock);

public sealed class PostgresReportingDb(DbContextOptions<PostgresReportingDb> options, ITenantContext tenant, TimeProvider clock)
    : ReportingDb(options, tenant, clock);
