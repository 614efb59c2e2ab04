using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ledningssystem.Organizations.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without the host and its configuration.</summary>
internal sealed class SqliteOrganizationsDbFactory : IDesignTimeDbContextFactory<SqliteOrganizationsDb>
{
    public SqliteOrganizationsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOrganizationsDb>().UseSqlite("Data Source=design.db").Options, DesignTime.Tenant, TimeProvider.System);
}

internal sealed class PostgresOrganizationsDbFactory : IDesignTimeDbContextFactory<PostgresOrganizationsDb>
{
    public PostgresOrganizationsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOrganizationsDb>().UseNpgsql("Host=localhost;Database=design").Options, DesignTime.Tenant, TimeProvider.System);
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
