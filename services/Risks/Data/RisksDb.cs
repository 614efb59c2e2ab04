using Ledningssystem.Risks.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Data;

/// <summary>The Risks service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class RisksDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<RiskMatrix> Matrices => Set<RiskMatrix>();

    public DbSet<RiskAnalysis> Analyses => Set<RiskAnalysis>();

    public DbSet<Risk> Risks => Set<Risk>();

    public DbSet<RiskAndMaterialityAnalysis> Rovs => Set<RiskAndMaterialityAnalysis>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new RiskMatrixConfiguration())
        .ApplyConfiguration(new RiskAnalysisConfiguration())
        .ApplyConfiguration(new RiskConfiguration())
        .ApplyConfiguration(new RiskAndMaterialityAnalysisConfiguration());
}

public sealed class SqliteRisksDb(DbContextOptions<SqliteRisksDb> options, ITenantContext tenant, TimeProvider clock)
    : RisksDb(options, tenant, clock);

public sealed class PostgresRisksDb(DbContextOptions<PostgresRisksDb> options, ITenantContext tenant, TimeProvider clock)
    : RisksDb(options, tenant, clock);
