using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ledningssystem.Incidents.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without the host and its configuration.</summary>
internal sealed class SqliteIncidentsDbFactory : IDesignTimeDbContextFactory<SqliteIncidentsDb>
{
    public SqliteIncidentsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIncidentsDb>().UseSqlite("Data Source=design.db").Options, DesignTime.Tenant, TimeProvider.System);
}

internal sealed class PostgresIncidentsDbFactory : IDesignTimeDbContextFactory<PostgresIncidentsDb>
{
    public PostgresIncidentsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresIncidentsDb>().UseNpgsql("Host=localhost;Database=design").Options, DesignTime.Tenant, TimeProvider.System);
}

internal static class DesignTime
{
    public static ITenantContext Tenant { get; } = new TenantContext(new NoCaller());

    private sealed class NoCaller : ICallerSource
    {
        public string? TenantId => null;

        public string? UserId => null;
    }
}
