using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Data;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Risks.Tests.Support;

/// <summary>
/// One token issuer and one Risks service (its workflow clock in the tests' hand, its access replica holding the demo
/// region as the Organizations service replicates it), shared by the tests of a collection.
/// </summary>
public sealed class RisksFixture : ServiceFixture
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string Today => SwedishCalendar.Today(Clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A Risks service on <paramref name="clock"/> with the demo region in its replica, delivering its events to <paramref name="subscribers"/>.</summary>
    public static async Task<ServiceHost> StartRisksAsync(
        TestDatabase database, DevTokenIssuerProcess issuer, TimeProvider clock, IReadOnlyList<Uri>? subscribers = null)
    {
        var service = await ServiceHost.StartAsync(
            database,
            issuer,
            (builder, _) =>
            {
                builder.Services.AddSingleton(new WorkflowClock(clock));
                builder.AddServiceDefaults<RisksDb, SqliteRisksDb, PostgresRisksDb>("risks");
                builder.AddRisks();
            },
            app =>
            {
                app.MapServiceDefaults<RisksDb>();
                app.MapRisks();
            },
            subscribers: subscribers);
        await service.ReplicateDemoRealmAsync();
        return service;
    }

    public async Task<RiskService.RiskServiceClient> AsAsync(string username) => new(Service.Channel(await Issuer.DemoTokenAsync(username)));

    /// <summary>The events published about <paramref name="aggregateId"/>, oldest first, by type name.</summary>
    public Task<List<string>> EventsOfAsync(string aggregateId) =>
        Service.QueryAsync<RisksDb, List<string>>(async db => (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.AggregateId == aggregateId).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => m.Type.Replace("ledningssystem.events.v1.", "", StringComparison.Ordinal)).ToList());

    protected override Task<ServiceHost> StartServiceAsync(TestDatabase database, DevTokenIssuerProcess issuer) =>
        StartRisksAsync(database, issuer, Clock);
}

/// <summary>The register, the matrix view, the RoV and isolation, on the default matrix.</summary>
[CollectionDefinition(Name)]
public sealed class RisksGroup : ICollectionFixture<RisksFixture>
{
    public const string Name = "risks";
}

/// <summary>Tests that change a tenant's matrix, on a service of their own so that the others keep the default.</summary>
[CollectionDefinition(Name)]
public sealed class MatrixChangeGroup : ICollectionFixture<RisksFixture>
{
    public const string Name = "risks-matrix";
}
