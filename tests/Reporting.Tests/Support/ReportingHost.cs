using Ledningssystem.Complaints;
using Ledningssystem.Complaints.Data;
using Ledningssystem.Incidents;
using Ledningssystem.Incidents.Data;
using Ledningssystem.Reporting.Data;
using Ledningssystem.ServiceDefaults;
using Microsoft.AspNetCore.Builder;

namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>The Reporting service, and the source services that feed it, each as a <see cref="ServiceHost"/> with the demo region in its replica.</summary>
public static class ReportingHost
{
    public static async Task<ServiceHost> StartAsync(TestDatabase database, DevTokenIssuerProcess issuer)
    {
        var service = await ServiceHost.StartAsync(
            database,
            issuer,
            (builder, _) =>
            {
                builder.AddServiceDefaults<ReportingDb, SqliteReportingDb, PostgresReportingDb>("reporting");
                builder.AddReporting();
            },
            app =>
            {
                app.MapServiceDefaults<ReportingDb>();
                app.MapReporting();
            });
        await service.ReplicateDemoRealmAsync();
        return service;
    }

    /// <summary>The Incidents service, delivering its events to <paramref name="reporting"/>.</summary>
    public static Task<ServiceHost> StartIncidentsAsync(TestDatabase database, DevTokenIssuerProcess issuer, ServiceHost reporting) =>
        StartSourceAsync(database, issuer, reporting, builder =>
        {
            builder.AddServiceDefaults<IncidentsDb, SqliteIncidentsDb, PostgresIncidentsDb>("incidents");
            builder.AddIncidents();
        }, app =>
        {
            app.MapServiceDefaults<IncidentsDb>();
            app.MapIncidents();
        });

    /// <summary>The Complaints service, delivering its events to <paramref name="reporting"/>.</summary>
    public static Task<ServiceHost> StartComplaintsAsync(TestDatabase database, DevTokenIssuerProcess issuer, ServiceHost reporting) =>
        StartSourceAsync(database, issuer, reporting, builder =>
        {
            builder.AddServiceDefaults<ComplaintsDb, SqliteComplaintsDb, PostgresComplaintsDb>("complaints");
            builder.AddComplaints();
        }, app =>
        {
            app.MapServiceDefaults<ComplaintsDb>();
            app.MapComplaints();
        });

    /// <summary>Reads the Reporting database directly, across tenants.</summary>
    public static Task<T> QueryAsync<T>(this ServiceHost service, Func<ReportingDb, Task<T>> query) => service.QueryAsync<ReportingDb, T>(query);

    private static async Task<ServiceHost> StartSourceAsync(
        TestDatabase database, DevTokenIssuerProcess issuer, ServiceHost reporting, Action<WebApplicationBuilder> compose, Action<WebApplication> map)
    {
        var service = await ServiceHost.StartAsync(database, issuer, (builder, _) => compose(builder), map, subscribers: [reporting.WebAddress]);
        await service.ReplicateDemoRealmAsync();
        return service;
    }
}
