using Grpc.AspNetCore.Server;
using Ledningssystem.Contracts.Audit.V1;
using Ledningssystem.Rpc;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.ServiceDefaults.Identity;
using Ledningssystem.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.ServiceDefaults;

/// <summary>
/// Everything a platform service shares, in one call to build and one to map:
/// <code>
/// var builder = WebApplication.CreateBuilder(args);
/// builder.AddServiceDefaults&lt;IncidentsDb, SqliteIncidentsDb, PostgresIncidentsDb&gt;("incidents");
/// builder.Services.AddEventHandler&lt;UnitChanged, UnitChangedHandler&gt;();
/// var app = builder.Build();
/// app.MapServiceDefaults&lt;IncidentsDb&gt;();
/// app.MapGrpcService&lt;IncidentsApi&gt;();
/// app.Run();
/// </code>
/// </summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Kestrel's two endpoints and the RPC defaults, token validation and access control, the service's
    /// database (migrated at start-up), the outbox relay, the access replica's subscription to the Organizations
    /// service's events (unless <paramref name="configure"/> turns off <see cref="ServiceDefaultsOptions.ReplicateOrganizations"/>),
    /// telemetry, the audit trail and the mapping of domain refusals (<see cref="DomainRuleInterceptor"/>) and of storage
    /// failures (<see cref="StorageFailureInterceptor"/>). Configuration
    /// comes from appsettings, environment variables and the command line, as for any ASP.NET Core host;
    /// on SIGTERM the host stops taking calls and lets in-flight ones finish (HostOptions.ShutdownTimeout, 30 s).
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults<TContext, TSqliteContext, TPostgresContext>(this WebApplicationBuilder builder, string serviceName, Action<ServiceDefaultsOptions>? configure = null)
        where TContext : PlatformDbContext
        where TSqliteContext : TContext
        where TPostgresContext : TContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var options = new ServiceDefaultsOptions();
        configure?.Invoke(options);
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{EventsOptions.SectionName}:{nameof(EventsOptions.Source)}"]))
        {
            builder.Configuration.AddInMemoryCollection([new($"{EventsOptions.SectionName}:{nameof(EventsOptions.Source)}", serviceName)]);
        }
        builder.AddLedningssystemRpc();
        builder.Services.AddLedningssystemIdentity().AddLedningssystemAccess<TContext>();
        builder.AddServiceDatabase<TContext, TSqliteContext, TPostgresContext>(serviceName);
        builder.AddPlatformEvents<TContext>();
        if (options.ReplicateOrganizations)
        {
            builder.Services.AddOrganizationReplication();
        }
        builder.AddPlatformTelemetry(serviceName);
        builder.Services.AddScoped<IAuditTrail, AuditTrail<TContext>>();
        builder.Services.AddSingleton<IRequestValidator<ListAuditEntriesRequest>, ListAuditEntriesValidator>();
        builder.Services.AddSingleton<DomainRuleInterceptor>();
        builder.Services.AddOptions<GrpcServiceOptions>().Configure(grpc => grpc.Interceptors.Add<DomainRuleInterceptor>());
        builder.Services.AddSingleton<StorageFailureInterceptor>();
        builder.Services.AddOptions<GrpcServiceOptions>().Configure(grpc => grpc.Interceptors.Add<StorageFailureInterceptor>());
        return builder;
    }

    /// <summary>The protocols' middleware, health, reflection, the audit API and the event subscription routes.</summary>
    public static WebApplication MapServiceDefaults<TContext>(this WebApplication app)
        where TContext : PlatformDbContext
    {
        app.UseLedningssystemRpc();
        app.MapGrpcService<AuditApi<TContext>>();
        app.MapEventSubscriptions();
        return app;
    }
}
