using Ledningssystem.Reporting.AnnualReports.Api;
using Ledningssystem.Reporting.AnnualReports.Documents;
using Ledningssystem.Reporting.AnnualReports.Exports;
using Ledningssystem.Reporting.AnnualReports.Figures;
using Ledningssystem.Reporting.AnnualReports.Reminders;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Identity;

namespace Ledningssystem.Reporting.AnnualReports;

/// <summary>The berättelser's registrations and API (docs/reporting.md, ADR 0025).</summary>
public static class AnnualReportsRegistration
{
    public static IServiceCollection AddAnnualReports(this IServiceCollection services)
    {
        services.AddOptions<AnnualReportOptions>().BindConfiguration(AnnualReportOptions.SectionName)
            .Validate(o => o.ExportScanInterval > TimeSpan.Zero && o.ReminderScanInterval > TimeSpan.Zero, "Reporting:AnnualReports scan intervals must be positive.")
            .Validate(o => o.ReminderDaysBeforeDue is >= 0 and <= 365, "Reporting:AnnualReports:ReminderDaysBeforeDue must be 0 to 365.")
            .ValidateOnStart();
        services.AddOptions<DocumentOptions>().BindConfiguration(DocumentOptions.SectionName);
        services.AddWorkflowClock();
        services.AddProviderDirectory<Reporting.Data.ReportingDb>();
        services.AddAnonymousGrpcService(PublicAnnualReportsApi.ServiceName);
        services.AddScoped<ISectionFigures, IncidentFigures>();
        services.AddScoped<ISectionFigures, ComplaintFigures>();
        services.AddScoped<ISectionFigures, SelfInspectionFigures>();
        services.AddScoped<ISectionFigures, RiskFigures>();
        services.AddScoped<ISectionFigures, ResultFigures>();
        services.AddScoped<AnnualReportFigures>();
        services.AddScoped<AnnualReportRenderer>();
        services.AddSingleton<AnnualReportExportWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<AnnualReportExportWorker>());
        services.AddSingleton<PatientSafetyReportReminders>();
        services.AddHostedService(provider => provider.GetRequiredService<PatientSafetyReportReminders>());
        return services;
    }

    public static WebApplication MapAnnualReports(this WebApplication app)
    {
        app.MapGrpcService<AnnualReportsApi>();
        app.MapGrpcService<PublicAnnualReportsApi>();
        return app;
    }
}
