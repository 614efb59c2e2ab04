using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// How <c>dotnet ef migrations add</c> builds a service's provider context without the host and its configuration:
/// options that never connect and a tenant context without a caller. A service declares one per provider in
/// <c>Data/DesignTimeFactories.cs</c>, e.g. <c>internal sealed class SqliteIncidentsDbFactory : SqliteDesignTimeFactory&lt;SqliteIncidentsDb&gt;;</c>
/// (the context's constructor takes its options, an <see cref="ITenantContext"/> and a <see cref="TimeProvider"/>).
/// </summary>
public abstract class DesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : PlatformDbContext
{
    private static readonly ITenantContext NoTenant = new TenantContext(new NoCaller());

    public TContext CreateDbContext(string[] args) =>
        (TContext)Activator.CreateInstance(typeof(TContext), UseProvider(new DbContextOptionsBuilder<TContext>()).Options, NoTenant, TimeProvider.System)!;

    protected abstract DbContextOptionsBuilder<TContext> UseProvider(DbContextOptionsBuilder<TContext> options);

    private sealed class NoCaller : ICallerSource
    {
        public string? TenantId => null;

        public string? UserId => null;
    }
}

public abstract class SqliteDesignTimeFactory<TContext> : DesignTimeFactory<TContext>
    where TContext : PlatformDbContext
{
    protected override DbContextOptionsBuilder<TContext> UseProvider(DbContextOptionsBuilder<TContext> options) => options.UseSqlite("Data Source=design.db");
}

public abstract class PostgresDesignTimeFactory<TContext> : DesignTimeFactory<TContext>
    where TContext : PlatformDbContext
{
    protected override DbContextOptionsBuilder<TContext> UseProvider(DbContextOptionsBuilder<TContext> options) => options.UseNpgsql("Host=localhost;Database=design");
}
