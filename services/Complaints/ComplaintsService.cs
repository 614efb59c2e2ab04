using Ledningssystem.Complaints.Api;
using Ledningssystem.Complaints.Data;
using Ledningssystem.Complaints.Jobs;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Rpc.Client;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Identity;

namespace Ledningssystem.Complaints;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class ComplaintsService
{
    public static WebApplicationBuilder AddComplaints(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ComplaintsOptions>()
            .BindConfiguration(ComplaintsOptions.SectionName)
            .Validate(o => o.DeadlineScanInterval > TimeSpan.Zero && o.GallringScanInterval > TimeSpan.Zero, "Complaints:DeadlineScanInterval and GallringScanInterval must be positive.")
            .Validate(o => o.PublicSubmissionsPerTenant > 0 && o.PublicSubmissionWindow > TimeSpan.Zero, "Complaints:PublicSubmissionsPerTenant and PublicSubmissionWindow must be positive.")
            .ValidateOnStart();
        services.AddWorkflowClock();
        services.AddOrganizationDirectory<ComplaintsDb>();
        services.AddProviderDirectory<ComplaintsDb>();
        services.AddAnonymousGrpcService(PublicComplaintsApi.ServiceName);
        services.AddScoped<ComplaintAccess>();
        services.AddScoped<ComplaintIntake>();
        services.AddScoped<ComplaintIncidents>();
        builder.AddServiceClient<IncidentService.IncidentServiceClient>(ComplaintIncidents.ServiceName);
        services.AddSingleton<PublicSubmissionLimit>();
        services.AddRequestValidators(typeof(ComplaintsService).Assembly);
        services.AddSingleton<ComplaintDeadlineMonitor>();
        services.AddHostedService(provider => provider.GetRequiredService<ComplaintDeadlineMonitor>());
        services.AddHostedService<ContactDetailsGallring>();
        return builder;
    }

    public static WebApplication MapComplaints(this WebApplication app)
    {
        app.MapGrpcService<ComplaintsApi>();
        app.MapGrpcService<PublicComplaintsApi>();
        return app;
    }
}
