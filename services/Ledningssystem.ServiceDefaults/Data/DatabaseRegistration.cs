using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ledningssystem.ServiceDefaults.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers the service's DbContext on the configured provider. Each provider has its own migrations,
    /// so a service declares one small subclass per provider (EF Core's "multiple context types" pattern):
    /// <code>builder.AddServiceDatabase&lt;IncidentsDb, SqliteIncidentsDb, PostgresIncidentsDb&gt;("incidents");</code>
    /// Handlers inject <typeparamref name="TContext"/>.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext, TSqliteContext, TPostgresContext>(this WebApplicationBuilder builder, string serviceName)
        where TContext : PlatformDbContext
        where TSqliteContext : TContext
        where TPostgresContext : TContext
    {
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required for PostgreSQL.")
            .Validate(o => o.SqliteMaxSizeMegabytes is null or > 0, "Database:SqliteMaxSizeMegabytes must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ITenantContext, TenantContext>();
        services.TryAddSingleton<DatabaseReadiness>();
        services.AddHealthChecks().AddCheck<DatabaseReadiness>("database");
        services.AddHostedService<DatabaseMigrator<TContext>>();

        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<TContext, TPostgresContext>(db => db.UseNpgsql(options.ConnectionString));
        }
        else
        {
            var connectionString = options.ConnectionString ?? SqliteFileFor(builder.Configuration["Platform:DataDirectory"], serviceName);
            services.AddDbContext<TContext, TSqliteContext>(db => db.UsePlatformSqlite(connectionString, options.SqliteMaxSizeMegabytes));
        }
        return builder;
    }

    /// <summary>
    /// SQLite as every service uses it: the connection settings of <see cref="SqliteConnectionSetup"/> and the
    /// <see cref="SqliteWriteGate"/> that lets the file's writers in this process take turns.
    /// </summary>
    public static TBuilder UsePlatformSqlite<TBuilder>(this TBuilder builder, string connectionString, int? maxSizeMegabytes = null)
        where TBuilder : DbContextOptionsBuilder
    {
        builder.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSetup(maxSizeMegabytes));
        if (SqliteWriteGate.For(connectionString) is { } gate)
        {
            builder.AddInterceptors(gate);
        }
        return builder;
    }

    private static string SqliteFileFor(string? dataDirectorySetting, string serviceName)
    {
        var dataDirectory = Path.GetFullPath(dataDirectorySetting ?? ".data");
        Directory.CreateDirectory(dataDirectory);
        return $"Data Source={Path.Combine(dataDirectory, serviceName + ".db")};Foreign Keys=True;Default Timeout=30";
    }
}
