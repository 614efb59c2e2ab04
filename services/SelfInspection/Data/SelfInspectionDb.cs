using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.SelfInspection.Data;

/// <summary>The SelfInspection service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class SelfInspectionDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<InspectionPlan> Plans => Set<InspectionPlan>();

    public DbSet<Occurrence> Occurrences => Set<Occurrence>();

    public DbSet<ChecklistTemplate> Templates => Set<ChecklistTemplate>();

    public DbSet<Execution> Executions => Set<Execution>();

    public DbSet<Finding> Findings => Set<Finding>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new InspectionPlanConfiguration())
        .ApplyConfiguration(new OccurrenceConfiguration())
        .ApplyConfiguration(new ChecklistTemplateConfiguration())
        .ApplyConfiguration(new ExecutionConfiguration())
        .ApplyConfiguration(new FindingConfiguration());
}

public sealed class SqliteSelfInspectionDb(DbContextOptions<SqliteSelfInspectionDb> options, ITenantContext tenant, TimeProvider clock)
    : SelfInspectionDb(options, tenant, clock);

public sealed class PostgresSelfInspectionDb(DbContextOptions<PostgresSelfInspectionDb> options, ITenantContext tenant, TimeProvider clock)
    : SelfInspectionDb(options, tenant, clock);
