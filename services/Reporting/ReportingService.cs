using Ledningssystem.Reporting.AnnualReports;
using Ledningssystem.Reporting.Api;
using Ledningssystem.Reporting.Api.RegionalComparison;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.Events;
using Ledningssystem.Reporting.StatisticsExports;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Access.Replication;

namespace Ledningssystem.Reporting;

/// <summary>The service's registrations and API, on top of AddServiceDefaults/MapServiceDefaults (see Program.cs).</summary>
public static class ReportingService
{
    public static WebApplicationBuilder AddReporting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOrganizationDirectory<ReportingDb>();
        services.AddOrganizationLifecycle<ReportingDb>();
        services.AddReadModelSubscriptions();
        services.AddScoped<StatisticsProjection>();
        services.AddScoped<VerksamhetsformCells>();
        services.AddScoped<IOrganizationEventObserver, OrganizationFacts>();
        services.AddScoped<ComparisonAccess>();
        services.AddScoped<StatisticsRebuild>();
        services.AddScoped<StatisticsScope>();
        services.AddScoped<QualityCouncil.Events.FollowUpProjection>();
        services.AddScoped<QualityCouncil.Api.CouncilBasisBuilder>();
        services.AddScoped<JointAnalysis.Api.JointAnalysisBasisBuilder>();
        services.AddRequestValidators(typeof(ReportingService).Assembly);
        services.AddAnnualReports();
        services.AddScoped<StatisticsApi>();
        return builder;
    }

    public static WebApplication MapReporting(this WebApplication app)
    {
        app.MapGrpcService<StatisticsApi>();
        app.MapGrpcService<RegionalComparisonApi>();
        app.MapGrpcService<QualityCouncil.Api.QualityCouncilApi>();
        app.MapGrpcService<JointAnalysis.Api.JointAnalysisApi>();
        app.MapAnnualReports();
        app.MapGrpcService<StatisticsExportApi>();
        return app;
    }
}
