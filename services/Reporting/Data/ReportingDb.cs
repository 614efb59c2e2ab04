using Ledningssystem.Reporting.Data.RegionalComparison;
using Ledningssystem.Reporting.AnnualReports.Data;
using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.Domain.RegionalComparison;
using Ledningssystem.Reporting.JointAnalysis.Data;
using Ledningssystem.Reporting.JointAnalysis.Domain;
using Ledningssystem.Reporting.QualityCouncil.Data;
using Ledningssystem.Reporting.QualityCouncil.Domain;
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

    public DbSet<UnitVerksamhetsform> UnitVerksamhetsformer => Set<UnitVerksamhetsform>();

    public DbSet<ComparedProvider> ComparedProviders => Set<ComparedProvider>();

    public DbSet<ServiceUserCount> ServiceUserCounts => Set<ServiceUserCount>();
    public DbSet<InspectionExecution> InspectionExecutions => Set<InspectionExecution>();

    public DbSet<OccurrenceRecord> Occurrences => Set<OccurrenceRecord>();

    public DbSet<FindingRecord> Findings => Set<FindingRecord>();

    public DbSet<RiskRecord> Risks => Set<RiskRecord>();

    public DbSet<BalanceItem> BalanceItems => Set<BalanceItem>();

    public DbSet<Escalation> Escalations => Set<Escalation>();

    public DbSet<ControlPlan> ControlPlans => Set<ControlPlan>();

    public DbSet<CouncilProtocol> CouncilProtocols => Set<CouncilProtocol>();

    public DbSet<JointAnalysisVersion> JointAnalyses => Set<JointAnalysisVersion>();

    /// <summary>The current tenant's reporting settings, or the defaults when it has not changed them.</summary>
    public async Task<ReportingSettings> TenantSettingsAsync(CancellationToken cancellationToken) =>
        await Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? ReportingSettings.Default;

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new CaseRecordConfiguration())
        .ApplyConfiguration(new CounterConfiguration())
        .ApplyConfiguration(new ReceivedEventConfiguration())
        .ApplyConfiguration(new ReportingSettingsConfiguration())
        .ApplyConfiguration(new UnitVerksamhetsformConfiguration())
        .ApplyConfiguration(new ComparedProviderConfiguration())
        .ApplyConfiguration(new ServiceUserCountConfiguration())
        .ApplyFollowUpRecords()
        .ApplyConfiguration(new CouncilProtocolConfiguration())
        .ApplyConfiguration(new JointAnalysisVersionConfiguration())
        .ApplyAnnualReports();
}

public sealed class SqliteReportingDb(DbContextOptions<SqliteReportingDb> options, ITenantContext tenant, TimeProvider clock)
    : ReportingDb(options, tenant, clock);

public sealed class PostgresReportingDb(DbContextOptions<PostgresReportingDb> options, ITenantContext tenant, TimeProvider clock)
    : ReportingDb(options, tenant, clock);
