using Ledningssystem.Complaints.Data;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Incidents;
using Ledningssystem.Incidents.Data;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Complaints.Tests.Support;

/// <summary>
/// One token issuer and one Complaints service (its workflow clock in the tests' hand, its access replica holding the
/// demo region as the Organizations service replicates it), shared by the tests of <see cref="ComplaintsGroup"/>; an
/// Incidents service beside it takes the incidents that complaints raise.
/// </summary>
public sealed class ComplaintsFixture : ServiceFixture, IAsyncLifetime
{
    private TestDatabase incidentsDatabase = null!;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The Incidents service the complaints' incidents are reported to (Services:incidents:GrpcAddress).</summary>
    public ServiceHost Incidents { get; private set; } = null!;

    public async Task<Contracts.Incidents.V1.IncidentService.IncidentServiceClient> IncidentsAsAsync(string username) =>
        new(Incidents.Channel(await TokenAsync(username)));

    /// <summary>A Complaints service on <paramref name="clock"/> with the demo region in its replica; <paramref name="settings"/> add to the tests' own.</summary>
    public static async Task<ServiceHost> StartComplaintsAsync(
        TestDatabase database, DevTokenIssuerProcess issuer, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var service = await ServiceHost.StartAsync(
            database,
            issuer,
            (builder, _) =>
            {
                builder.Services.AddSingleton(new WorkflowClock(clock));
                builder.AddServiceDefaults<ComplaintsDb, SqliteComplaintsDb, PostgresComplaintsDb>("complaints");
                builder.AddComplaints();
            },
            app =>
            {
                app.MapServiceDefaults<ComplaintsDb>();
                app.MapComplaints();
            },
            new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
            {
                ["Complaints:DeadlineScanInterval"] = "00:00:00.200",
                ["Complaints:GallringScanInterval"] = "00:00:00.200",
            });
        await service.ReplicateDemoRealmAsync();
        return service;
    }

    public async Task<ComplaintService.ComplaintServiceClient> AsAsync(string username) => new(Service.Channel(await Issuer.DemoTokenAsync(username)));

    /// <summary>The public form's client: no token.</summary>
    public PublicComplaintService.PublicComplaintServiceClient Public => new(Service.Channel());

    public Task<T> QueryAsync<T>(Func<ComplaintsDb, Task<T>> query) => Service.QueryAsync(query);

    /// <summary>The events published about <paramref name="complaintId"/>, oldest first, by type name.</summary>
    public Task<List<string>> EventsOfAsync(string complaintId) =>
        QueryAsync(async db => (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.AggregateId == complaintId).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => m.Type.Replace("ledningssystem.events.v1.", "", StringComparison.Ordinal)).ToList());

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Incidents.DisposeAsync();
        await incidentsDatabase.DisposeAsync();
    }

    protected override async Task<ServiceHost> StartServiceAsync(TestDatabase database, DevTokenIssuerProcess issuer)
    {
        incidentsDatabase = await TestDatabase.CreateAsync();
        Incidents = await ServiceHost.StartAsync(
            incidentsDatabase,
            issuer,
            (builder, _) =>
            {
                builder.AddServiceDefaults<IncidentsDb, SqliteIncidentsDb, PostgresIncidentsDb>("incidents");
                builder.AddIncidents();
            },
            app =>
            {
                app.MapServiceDefaults<IncidentsDb>();
                app.MapIncidents();
            });
        await Incidents.ReplicateDemoRealmAsync();
        return await StartComplaintsAsync(database, issuer, Clock, new Dictionary<string, string?> { ["Services:incidents:GrpcAddress"] = Incidents.GrpcAddress.ToString() });
    }
}

[CollectionDefinition(Name)]
public sealed class ComplaintsGroup : ICollectionFixture<ComplaintsFixture>
{
    public const string Name = "complaints";
}
