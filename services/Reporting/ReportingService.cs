using Ledningssystem.Reporting.AnnualReports;
using Ledningssystem.Reporting.Api;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Events;
using Ledningssystem.Reporting.StatisticsExports;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Reporting;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class ReportingService
{
    public static WebApplicationBuilder AddReporting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOrganizationDirectory<ReportingDb>();
        services.AddReadModelSubscriptions();
        services.AddScoped<StatisticsProjection>();
        services.AddScoped<StatisticsRebuild>();
        services.AddScoped<StatisticsScope>();
        services.AddRequestValidators(typeof(ReportingService).Assembly);
        services.AddAnnualReports();
        services.AddScoped<StatisticsApi>();
        return builder;
    }

    public static WebApplication MapReporting(this WebApplication app)
    {
        app.MapGrpcService<StatisticsApi>();
        app.MapAnnualReports();
        app.MapGrpcService<StatisticsExportApi>();
        return app;
    }
}
