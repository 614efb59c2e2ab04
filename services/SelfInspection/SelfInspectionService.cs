using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Rpc.Client;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.SelfInspection.Api;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.SelfInspection.Events;
using Ledningssystem.SelfInspection.Jobs;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.SelfInspection;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class SelfInspectionService
{
    public static WebApplicationBuilder AddSelfInspection(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SelfInspectionOptions>()
            .BindConfiguration(SelfInspectionOptions.SectionName)
            .Validate(o => o.OverdueScanInterval > TimeSpan.Zero, "SelfInspection:OverdueScanInterval must be positive.")
            .ValidateOnStart();
        services.AddWorkflowClock();
        services.AddOrganizationDirectory<SelfInspectionDb>();
        services.AddScoped<InspectionAccess>();
        services.AddRequestValidators(typeof(SelfInspectionService).Assembly);
        builder.AddServiceClient<IncidentService.IncidentServiceClient>("incidents");
        services.AddEventHandler<InternalControlPlanAdopted, InternalControlPlanAdoptedHandler>();
        services.AddEventHandler<DocumentSuperseded, DocumentSupersededHandler>();
        services.AddSingleton<OccurrenceOverdueMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<OccurrenceOverdueMonitor>());
        services.AddSingleton<ActionOverdueMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<ActionOverdueMonitor>());
        return builder;
    }

    public static WebApplication MapSelfInspection(this WebApplication app)
    {
        app.MapGrpcService<InspectionPlansApi>();
        app.MapGrpcService<ChecklistsApi>();
        app.MapGrpcService<InspectionsApi>();
        return app;
    }
}
