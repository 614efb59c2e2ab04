using Ledningssystem.Organizations.Api;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Organizations.Events;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access.Replication;

namespace Ledningssystem.Organizations;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class OrganizationsService
{
    public static WebApplicationBuilder AddOrganizations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OrganizationsOptions>().BindConfiguration(OrganizationsOptions.SectionName);
        // Without the replication subscriptions (Program.cs), the service applies its own changes to its replica.
        services.AddScoped<OrganizationReplicator>();
        services.AddScoped<OrganizationChanges>();
        services.AddScoped<RoleAssigner>();
        services.AddSingleton<DemoRegionSeed>();
        services.AddRequestValidators(typeof(OrganizationsService).Assembly);
        if (builder.Configuration.GetSection(OrganizationsOptions.SectionName).Get<OrganizationsOptions>()?.SeedDemoRegion == true)
        {
            services.AddSingleton<DemoRegionSeeder>();
            services.AddHostedService(provider => provider.GetRequiredService<DemoRegionSeeder>());
            services.AddHealthChecks().AddCheck<DemoRegionSeeder>("demo-region");
        }
        return builder;
    }

    public static WebApplication MapOrganizations(this WebApplication app)
    {
        app.MapGrpcService<TenantsApi>();
        app.MapGrpcService<UnitsApi>();
        app.MapGrpcService<RoleAssignmentsApi>();
        app.MapGrpcService<ContractsApi>();
        return app;
    }
}
