using Ledningssystem.Risks.Api;
using Ledningssystem.Rpc.Validation;

namespace Ledningssystem.Risks;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class RisksService
{
    public static WebApplicationBuilder AddRisks(this WebApplicationBuilder builder)
    {
        builder.Services.AddRequestValidators(typeof(RisksService).Assembly);
        return builder;
    }

    public static WebApplication MapRisks(this WebApplication app)
    {
        app.MapGrpcService<RisksApi>();
        return app;
    }
}
