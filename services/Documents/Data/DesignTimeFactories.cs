using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Ledningssystem.Documents.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without the host and its configuration.</summary>
internal sealed class SqliteDocumentsDbFactory : IDesignTimeDbContextFactory<SqliteDocumentsDb>
{
    public SqliteDocumentsDb CreateDbContext(string[] args) => new(DesignTimeContext.Sqlite<SqliteDocumentsDb>(), DesignTimeContext.Tenant, TimeProvider.System);
}

internal sealed class PostgresDocumentsDbFactory : IDesignTimeDbContextFactory<PostgresDocumentsDb>
{
    public PostgresDocumentsDb CreateDbContext(string[] args) => new(DesignTimeContext.Postgres<PostgresDocumentsDb>(), DesignTimeContext.Tenant, TimeProvider.System);
}
