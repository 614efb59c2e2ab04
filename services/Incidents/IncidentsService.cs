using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Incidents.Api;
using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Events;
using Ledningssystem.Incidents.Jobs;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.Incidents;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class IncidentsService
{
    public static WebApplicationBuilder AddIncidents(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IncidentsOptions>()
            .BindConfiguration(IncidentsOptions.SectionName)
            .Validate(o => o.DeadlineScanInterval > TimeSpan.Zero, "Incidents:DeadlineScanInterval must be positive.")
            .Validate(o => o.ServiceLevelsCacheMaxAge >= TimeSpan.Zero, "Incidents:ServiceLevelsCacheMaxAge must not be negative.")
            .ValidateOnStart();
        services.AddWorkflowClock();
        services.AddOrganizationDirectory<IncidentsDb>();
        services.AddScoped<IncidentAccess>();
        services.AddScoped<ProviderNotices>();
        services.AddSingleton<ServiceLevelCache>();
        services.AddRequestValidators(typeof(IncidentsService).Assembly);
        services.AddEventHandler<ContractLinked, ContractLinkedHandler>();
        services.AddEventHandler<ContractEnded, ContractEndedHandler>();
        services.AddEventHandler<ProviderIncidentAnnounced, ProviderIncidentAnnouncedHandler>();
        services.AddSingleton<IncidentDeadlineMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<IncidentDeadlineMonitor>());
        return builder;
    }

    public static WebApplication MapIncidents(this WebApplication app)
    {
        app.MapGrpcService<IncidentsApi>();
        return app;
    }
}
