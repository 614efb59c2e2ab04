using Ledningssystem.Organizations.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Organizations.Data;

/// <summary>The Organizations service's database; one subclass per provider carries that provider's migrations.</summary>
public abstract class OrganizationsDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();

    public DbSet<Contract> Contracts => Set<Contract>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new TenantConfiguration())
        .ApplyConfiguration(new UnitConfiguration())
        .ApplyConfiguration(new RoleAssignmentConfiguration())
        .ApplyConfiguration(new ContractConfiguration());
}

public sealed class SqliteOrganizationsDb(DbContextOptions<SqliteOrganizationsDb> options, ITenantContext tenant, TimeProvider clock)
    : OrganizationsDb(options, tenant, clock);

public sealed class PostgresOrganizationsDb(DbContextOptions<PostgresOrganizationsDb> options, ITenantContext tenant, TimeProvider clock)
    : OrganizationsDb(options, tenant, clock);
