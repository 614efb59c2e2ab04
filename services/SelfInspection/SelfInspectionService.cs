using Ledningssystem.SelfInspection.Api;
using Ledningssystem.Rpc.Validation;

namespace Ledningssystem.SelfInspection;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class SelfInspectionService
{
    public static WebApplicationBuilder AddSelfInspection(this WebApplicationBuilder builder)
    {
        builder.Services.AddRequestValidators(typeof(SelfInspectionService).Assembly);
        return builder;
    }

    public static WebApplication MapSelfInspection(this WebApplication app)
    {
        app.MapGrpcService<SelfInspectionApi>();
        return app;
    }
}
