using Google.Protobuf;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.Incidents;
using Ledningssystem.Incidents.Data;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.SelfInspection.Tests.Support;

/// <summary>
/// One token issuer and one SelfInspection service (its workflow clock in the tests' hand, on 2027-01-11, its access
/// replica holding the demo region), shared by the tests of a collection.
/// </summary>
public sealed class SelfInspectionFixture : ServiceFixture, IAsyncLifetime
{
    private TestDatabase incidentsDatabase = null!;

    public const int Year = 2027;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(Year, 1, 11, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The Incidents service the findings' incidents are reported to.</summary>
    public ServiceHost Incidents { get; private set; } = null!;

    public async Task<Contracts.Incidents.V1.IncidentService.IncidentServiceClient> IncidentsAsAsync(string username) =>
        new(Incidents.Channel(await TokenAsync(username)));

    public async Task<InspectionPlanService.InspectionPlanServiceClient> PlansAsAsync(string username) => new(Service.Channel(await TokenAsync(username)));

    public async Task<ChecklistService.ChecklistServiceClient> ChecklistsAsAsync(string username) => new(Service.Channel(await TokenAsync(username)));

    public async Task<InspectionService.InspectionServiceClient> InspectionsAsAsync(string username) => new(Service.Channel(await TokenAsync(username)));

    public Task<T> QueryAsync<T>(Func<SelfInspectionDb, Task<T>> query) => Service.QueryAsync(query);

    /// <summary>The events published about <paramref name="aggregateId"/>, oldest first, by type name.</summary>
    public Task<List<string>> EventsOfAsync(string aggregateId) =>
        QueryAsync(async db => (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.AggregateId == aggregateId).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => m.Type.Replace("ledningssystem.events.v1.", "", StringComparison.Ordinal)).ToList());

    /// <summary>The last event of type <typeparamref name="T"/> published about <paramref name="aggregateId"/>, as its payload says.</summary>
    public async Task<T> PublishedAsync<T>(string aggregateId)
        where T : IMessage<T>, new()
    {
        var type = new T().Descriptor.FullName;
        var payload = await QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.AggregateId == aggregateId && m.Type == type).OrderByDescending(m => m.Sequence).Select(m => m.Payload).FirstAsync());
        return new MessageParser<T>(() => new T()).ParseJson(payload);
    }

    /// <summary>Delivers <paramref name="message"/> to the service's subscription route as Dapr would; answers SUCCESS, RETRY or DROP.</summary>
    public async Task<string> DeliverAsync(IMessage message, string tenantId, string subject)
    {
        using var http = new HttpClient { BaseAddress = Service.WebAddress };
        return await http.DeliverAsync(message, subject, Guid.NewGuid().ToString(), tenantId);
    }

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
        var service = await ServiceHost.StartAsync(
            database,
            issuer,
            (builder, _) =>
            {
                builder.Services.AddSingleton(new WorkflowClock(Clock));
                builder.AddServiceDefaults<SelfInspectionDb, SqliteSelfInspectionDb, PostgresSelfInspectionDb>("selfinspection");
                builder.AddSelfInspection();
            },
            app =>
            {
                app.MapServiceDefaults<SelfInspectionDb>();
                app.MapSelfInspection();
            },
            new Dictionary<string, string?>
            {
                ["SelfInspection:OverdueScanInterval"] = "00:00:00.200",
                ["Services:incidents:GrpcAddress"] = Incidents.GrpcAddress.ToString(),
            });
        await service.ReplicateDemoRealmAsync();
        return service;
    }
}

[CollectionDefinition(Name)]
public sealed class SelfInspectionGroup : ICollectionFixture<SelfInspectionFixture>
{
    public const string Name = "selfinspection";
}

/// <summary>The overdue tests move the clock far ahead, so they have a service of their own.</summary>
[CollectionDefinition(Name)]
public sealed class OverdueGroup : ICollectionFixture<SelfInspectionFixture>
{
    public const string Name = "selfinspection-overdue";
}

public static class ServiceHostQueries
{
    public static Task<T> QueryAsync<T>(this ServiceHost service, Func<SelfInspectionDb, Task<T>> query) => service.QueryAsync<SelfInspectionDb, T>(query);
}
