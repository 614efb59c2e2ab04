using Ledningssystem.Incidents.Data;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Incidents.Tests.Support;

/// <summary>The Incidents service as a <see cref="ServiceHost"/>, with its workflow on a clock the tests move.</summary>
public static class IncidentsHost
{
    /// <summary>Starts the service with its workflow on <paramref name="clock"/>; it delivers its events to itself.</summary>
    public static Task<ServiceHost> StartAsync(TestDatabase database, DevTokenIssuerProcess issuer, FakeTimeProvider clock) =>
        ServiceHost.StartAsync(
            database,
            issuer,
            (builder, webAddress) =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Events:Subscribers:0"] = webAddress.ToString() });
                builder.Services.AddSingleton(new WorkflowClock(clock));
                builder.AddServiceDefaults<IncidentsDb, SqliteIncidentsDb, PostgresIncidentsDb>("incidents");
                builder.AddIncidents();
            },
            app =>
            {
                app.MapServiceDefaults<IncidentsDb>();
                app.MapIncidents();
            },
            new Dictionary<string, string?> { ["Incidents:DeadlineScanInterval"] = "00:00:00.200" });

    /// <summary>Reads the Incidents database directly, across tenants.</summary>
    public static Task<T> QueryAsync<T>(this ServiceHost service, Func<IncidentsDb, Task<T>> query) => service.QueryAsync<IncidentsDb, T>(query);

    /// <summary>The events published about <paramref name="incidentId"/>, oldest first: type name and the tenant it belongs to.</summary>
    public static Task<List<(string Type, string? TenantId)>> EventsOfAsync(this ServiceHost service, string incidentId) =>
        service.QueryAsync(async db => (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.AggregateId == incidentId).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => (m.Type.Replace("ledningssystem.events.v1.", "", StringComparison.Ordinal), m.TenantId)).ToList());
}
