using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ledningssystem.Platform.TestModel;

/// <summary>Opens the test model on a <see cref="TestDatabase"/>, with the provider's own migrations.</summary>
public static class NotesDatabase
{
    public static NotesDb Open(TestDatabase database, ITenantContext tenant, TimeProvider? clock = null) => database.IsPostgres
        ? new PostgresNotesDb(new DbContextOptionsBuilder<PostgresNotesDb>().UseNpgsql(database.ConnectionString).Options, tenant, clock ?? TimeProvider.System)
        : new SqliteNotesDb(new DbContextOptionsBuilder<SqliteNotesDb>().UseSqlite(database.ConnectionString).Options, tenant, clock ?? TimeProvider.System);

    public static async Task MigrateAsync(TestDatabase database)
    {
        await using var db = Open(database, new TenantContext(new TestCaller()));
        await db.Database.MigrateAsync();
    }
}

/// <summary>Lets `dotnet ef migrations add` build each provider's context without a host.</summary>
public sealed class SqliteNotesDbFactory : IDesignTimeDbContextFactory<SqliteNotesDb>
{
    public SqliteNotesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteNotesDb>().UseSqlite("Data Source=design.db").Options, new TenantContext(new TestCaller()), TimeProvider.System);
}

public sealed class PostgresNotesDbFactory : IDesignTimeDbContextFactory<PostgresNotesDb>
{
    public PostgresNotesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresNotesDb>().UseNpgsql("Host=localhost;Database=design").Options, new TenantContext(new TestCaller()), TimeProvider.System);
}
