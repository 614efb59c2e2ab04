using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Risks.Api;
using Ledningssystem.Risks.Data;
using Ledningssystem.Risks.Events;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;

namespace Ledningssystem.Risks;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class RisksService
{
    public static WebApplicationBuilder AddRisks(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddWorkflowClock();
        services.AddOrganizationDirectory<RisksDb>();
        services.AddScoped<RiskAccess>();
        services.AddScoped<RiskMatrices>();
        services.AddRequestValidators(typeof(RisksService).Assembly);
        services.AddEventHandler<InspectionCompleted, InspectionCompletedHandler>();
        return builder;
    }

    public static WebApplication MapRisks(this WebApplication app)
    {
        app.MapGrpcService<RisksApi>();
        return app;
    }
}
