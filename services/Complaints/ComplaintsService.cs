using Ledningssystem.Complaints.Api;
using Ledningssystem.Rpc.Validation;

namespace Ledningssystem.Complaints;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class ComplaintsService
{
    public static WebApplicationBuilder AddComplaints(this WebApplicationBuilder builder)
    {
        builder.Services.AddRequestValidators(typeof(ComplaintsService).Assembly);
        return builder;
    }

    public static WebApplication MapComplaints(this WebApplication app)
    {
        app.MapGrpcService<ComplaintsApi>();
        return app;
    }
}
