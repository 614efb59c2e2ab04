using Ledningssystem.Incidents.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Data;

/// <summary>The Incidents service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class IncidentsDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<ServiceLevelSettings> ServiceLevels => Set<ServiceLevelSettings>();

    public DbSet<ContractLink> ContractLinks => Set<ContractLink>();

    public DbSet<ProviderNotice> ProviderNotices => Set<ProviderNotice>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new IncidentConfiguration())
        .ApplyConfiguration(new ServiceLevelConfiguration())
        .ApplyConfiguration(new ContractLinkConfiguration())
        .ApplyConfiguration(new ProviderNoticeConfiguration());
}

public sealed class SqliteIncidentsDb(DbContextOptions<SqliteIncidentsDb> options, ITenantContext tenant, TimeProvider clock)
    : IncidentsDb(options, tenant, clock);

public sealed class PostgresIncidentsDb(DbContextOptions<PostgresIncidentsDb> options, ITenantContext tenant, TimeProvider clock)
    : IncidentsDb(options, tenant, clock);
