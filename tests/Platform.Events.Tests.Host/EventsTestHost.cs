using System.Diagnostics;
using Ledningssystem.Platform.Events.Tests.Host.Contracts;
using Ledningssystem.Rpc;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Platform.Events.Tests.Host;

/// <summary>
/// Builds the host from configuration (command line: --Role=publisher|subscriber, --Database:ConnectionString=...,
/// --Database:Provider=Sqlite|Postgres, --Rpc:GrpcPort, --Rpc:WebPort, --Events:..., --Burst:Total). Tests that
/// run it in their own process use the same code.
/// </summary>
public static class EventsTestHost
{
    public const string ReadyLine = "EventsTestHost ready";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Ledningssystem.ServiceDefaults.Events.RelayLease", LogLevel.Information); // leader or standing by
        builder.AddLedningssystemRpc();
        var connectionString = builder.Configuration["Database:ConnectionString"]
            ?? throw new InvalidOperationException("Database:ConnectionString is required.");
        var postgres = builder.Configuration["Database:Provider"] == "Postgres";
        builder.Services.AddDbContext<HostDb>(db => _ = postgres ? db.UseNpgsql(connectionString) : db.UseSqlite(connectionString));
        builder.Services.AddSingleton<ICallerSource, NoCaller>();
        builder.Services.AddScoped<ITenantContext, TenantContext>();
        builder.Services.AddSingleton<EventMetrics>();
        builder.Services.AddSingleton<AdjustableClock>();
        builder.Services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<AdjustableClock>());
        builder.AddPlatformEvents<HostDb>();
        var subscriber = builder.Configuration["Role"] == "subscriber";
        if (subscriber)
        {
            builder.Services.AddSingleton<FailureSwitch>();
            builder.Services.AddEventHandler<CounterIncremented, CounterIncrementedHandler>();
        }
        if (builder.Configuration.GetValue<int>("Burst:Total") > 0)
        {
            builder.Services.AddHostedService<BurstWriter>();
        }

        var app = builder.Build();
        app.Services.GetRequiredService<EventMetrics>(); // listens from the start, not from the first GET /stats
        app.UseLedningssystemRpc();
        app.MapEventSubscriptions();
        app.MapGet("/stats", (EventMetrics metrics) => metrics.Snapshot());
        app.MapPost("/clock/advance", (int minutes, AdjustableClock clock) => clock.Advance(TimeSpan.FromMinutes(minutes)));
        if (subscriber)
        {
            app.MapPost("/heal", (FailureSwitch failures) => failures.Heal());
            app.MapPost("/cure", (string counter, FailureSwitch failures) => failures.Cure(counter));
        }
        else
        {
            app.MapPublisher();
        }
        return app;
    }

    /// <summary>Creates the schema (tests have no migrations) and, on SQLite, switches to WAL as the platform's migrator does.</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDb>();
        await db.Database.EnsureCreatedAsync();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    /// <summary>Samples every platform span, as OpenTelemetry's AddSource("Ledningssystem.*") would in a service.</summary>
    public static ActivityListener ListenToPlatformSpans()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Ledningssystem.", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
