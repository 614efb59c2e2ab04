using Ledningssystem.Reporting.Data;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>
/// A Reporting service of its own on a clock the tests move (15 January 2027, Swedish time), reminding 30 days before
/// 1 March and looking only when a test asks; its documents' font directory is empty, so every export fails.
/// </summary>
public sealed class ClockedReportingFixture : ServiceFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 15, 9, 0, 0, TimeSpan.FromHours(1)));

    public string EmptyFontDirectory { get; } = Directory.CreateTempSubdirectory("reporting-fonts-").FullName;

    public async Task<Contracts.Reporting.V1.AnnualReportService.AnnualReportServiceClient> AnnualReportsAsAsync(string username) =>
        new(Service.Channel(await TokenAsync(username)));

    public T Get<T>()
        where T : notnull => Service.Services.GetRequiredService<T>();

    protected override async Task<ServiceHost> StartServiceAsync(TestDatabase database, DevTokenIssuerProcess issuer)
    {
        var service = await ServiceHost.StartAsync(
            database,
            issuer,
            (builder, _) =>
            {
                builder.Services.AddSingleton(new WorkflowClock(Clock));
                builder.AddServiceDefaults<ReportingDb, SqliteReportingDb, PostgresReportingDb>("reporting");
                builder.AddReporting();
            },
            app =>
            {
                app.MapServiceDefaults<ReportingDb>();
                app.MapReporting();
            },
            new Dictionary<string, string?>
            {
                ["Reporting:AnnualReports:ReminderScanInterval"] = "1.00:00:00",
                ["Reporting:AnnualReports:ReminderDaysBeforeDue"] = "30",
                ["Reporting:AnnualReports:ExportScanInterval"] = "00:00:00.200",
                ["Reporting:Documents:FontDirectory"] = EmptyFontDirectory,
            });
        await service.ReplicateDemoRealmAsync();
        return service;
    }
}

[CollectionDefinition(Name)]
public sealed class ClockedReportingGroup : ICollectionFixture<ClockedReportingFixture>
{
    public const string Name = "clocked reporting";
}
