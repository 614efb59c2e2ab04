using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Ledningssystem.Incidents.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without the host and its configuration.</summary>
internal sealed class SqliteIncidentsDbFactory : IDesignTimeDbContextFactory<SqliteIncidentsDb>
{
    public SqliteIncidentsDb CreateDbContext(string[] args) => new(DesignTimeContext.Sqlite<SqliteIncidentsDb>(), DesignTimeContext.Tenant, TimeProvider.System);
}

internal sealed class PostgresIncidentsDbFactory : IDesignTimeDbContextFactory<PostgresIncidentsDb>
{
    public PostgresIncidentsDb CreateDbContext(string[] args) => new(DesignTimeContext.Postgres<PostgresIncidentsDb>(), DesignTimeContext.Tenant, TimeProvider.System);
}
