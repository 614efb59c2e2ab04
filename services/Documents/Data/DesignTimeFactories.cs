using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ledningssystem.Documents.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without the host and its configuration.</summary>
internal sealed class SqliteDocumentsDbFactory : IDesignTimeDbContextFactory<SqliteDocumentsDb>
{
    public SqliteDocumentsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDocumentsDb>().UseSqlite("Data Source=design.db").Options, DesignTime.Tenant, TimeProvider.System);
}

internal sealed class PostgresDocumentsDbFactory : IDesignTimeDbContextFactory<PostgresDocumentsDb>
{
    public PostgresDocumentsDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDocumentsDb>().UseNpgsql("Host=localhost;Database=design").Options, DesignTime.Tenant, TimeProvider.System);
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
