using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// Decides whether this process's relay delivers the outbox of <typeparamref name="TContext"/>'s database. On
/// PostgreSQL the replicas of a service share the database, and only the holder of an advisory lock keyed on the
/// DbContext's name leads; the others stand by and try for it every poll interval. On SQLite one process owns the
/// file, so its relay always leads.
/// </summary>
internal sealed partial class RelayLease<TContext>(
    IServiceScopeFactory scopes,
    EventsTelemetry telemetry,
    IOptions<EventsOptions> options,
    ILogger<RelayLease<TContext>> logger)
    where TContext : PlatformDbContext
{
    private static readonly string ContextName = typeof(TContext).Name;

    private readonly Lazy<PostgresAdvisoryLock?> advisoryLock = new(() => AdvisoryLockFor(scopes, options.Value), LazyThreadSafetyMode.PublicationOnly);
    private bool? leading;

    public bool IsLeading => leading == true;

    /// <summary>Takes or confirms the lease; called before every round. False: stand by.</summary>
    public async Task<bool> TryLeadAsync(CancellationToken cancellationToken)
    {
        bool leads;
        try
        {
            leads = advisoryLock.Value is null || await advisoryLock.Value.TryHoldAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogLeaseFailed(logger, exception, ContextName);
            leads = false;
        }
        if (leads != leading)
        {
            leading = leads;
            telemetry.SetRelayLeading(leads);
            if (leads)
            {
                LogLeader(logger, ContextName);
            }
            else
            {
                // The leader reports the outbox's lag; a former leader's last reading would only grow stale here.
                telemetry.SetOldestPending(null);
                LogStandingBy(logger, ContextName, options.Value.PollInterval.TotalSeconds);
            }
        }
        return leads;
    }

    /// <summary>Gives the lease up when the relay stops, so that a standing-by replica takes over at its next try.</summary>
    public async Task ReleaseAsync()
    {
        leading = false;
        telemetry.SetRelayLeading(false);
        if (advisoryLock is { IsValueCreated: true, Value: { } held })
        {
            await held.DisposeAsync();
        }
    }

    private static PostgresAdvisoryLock? AdvisoryLockFor(IServiceScopeFactory scopes, EventsOptions settings)
    {
        using var scope = scopes.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
        if (!database.IsNpgsql())
        {
            return null;
        }
        var connectionString = database.GetConnectionString()
            ?? throw new InvalidOperationException($"{ContextName} has no connection string for the outbox relay's lease.");
        return new PostgresAdvisoryLock(connectionString, $"ledningssystem.outbox-relay/{typeof(TContext).FullName}", $"{settings.Source} outbox relay");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay is leader: this process delivers the outbox of {Context}")]
    private static partial void LogLeader(ILogger logger, string context);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay is standing by: another process holds the lease on the outbox of {Context}, or it could not be checked; trying every {PollSeconds} s")]
    private static partial void LogStandingBy(ILogger logger, string context, double pollSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not take or keep the lease on the outbox of {Context}; standing by")]
    private static partial void LogLeaseFailed(ILogger logger, Exception exception, string context);
}
