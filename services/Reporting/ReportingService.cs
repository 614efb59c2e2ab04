using Ledningssystem.Reporting.Api;
using Ledningssystem.Rpc.Validation;

namespace Ledningssystem.Reporting;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class ReportingService
{
    public static WebApplicationBuilder AddReporting(this WebApplicationBuilder builder)
    {
        builder.Services.AddRequestValidators(typeof(ReportingService).Assembly);
        return builder;
    }

    public static WebApplication MapReporting(this WebApplication app)
    {
        app.MapGrpcService<ReportingApi>();
        return app;
    }
}
