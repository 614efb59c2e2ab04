using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>Applies the service's pending migrations at start-up and then reports the database ready.</summary>
internal sealed partial class DatabaseMigrator<TContext>(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    DatabaseReadiness readiness,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseMigrator<TContext>> logger) : BackgroundService
    where TContext : PlatformDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        try
        {
            if (options.Value.MigrateOnStartup || options.Value.MigrateAndExit)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(stoppingToken)).ToList();
                LogMigrating(logger, typeof(TContext).Name, pending.Count);
                await db.Database.MigrateAsync(stoppingToken);
            }
            else if ((await db.Database.GetPendingMigrationsAsync(stoppingToken)).Any())
            {
                readiness.MarkFailed("Databasen har migreringar som inte är körda.");
                LogPendingWithoutMigration(logger, typeof(TContext).Name);
                return;
            }
            if (db.Database.IsSqlite())
            {
                // WAL lets readers work while the outbox relay and handlers write.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", stoppingToken);
            }
            readiness.MarkReady();
            StopIfOnlyMigrating(succeeded: true);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            readiness.MarkFailed("Databasen kunde inte migreras.");
            LogMigrationFailed(logger, exception, typeof(TContext).Name);
            StopIfOnlyMigrating(succeeded: false);
        }
    }

    private void StopIfOnlyMigrating(bool succeeded)
    {
        if (options.Value.MigrateAndExit)
        {
            Environment.ExitCode = succeeded ? 0 : 1;
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrating {Context}: {Count} pending migration(s)")]
    private static partial void LogMigrating(ILogger logger, string context, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Context} has pending migrations and Database:MigrateOnStartup is off; the service stays NOT_SERVING")]
    private static partial void LogPendingWithoutMigration(ILogger logger, string context);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Migrating {Context} failed; the service stays NOT_SERVING")]
    private static partial void LogMigrationFailed(ILogger logger, Exception exception, string context);
}
