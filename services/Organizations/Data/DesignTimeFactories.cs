using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Ledningssystem.Organizations.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without the host and its configuration.</summary>
internal sealed class SqliteOrganizationsDbFactory : IDesignTimeDbContextFactory<SqliteOrganizationsDb>
{
    public SqliteOrganizationsDb CreateDbContext(string[] args) => new(DesignTimeContext.Sqlite<SqliteOrganizationsDb>(), DesignTimeContext.Tenant, TimeProvider.System);
}

internal sealed class PostgresOrganizationsDbFactory : IDesignTimeDbContextFactory<PostgresOrganizationsDb>
{
    public PostgresOrganizationsDb CreateDbContext(string[] args) => new(DesignTimeContext.Postgres<PostgresOrganizationsDb>(), DesignTimeContext.Tenant, TimeProvider.System);
}
