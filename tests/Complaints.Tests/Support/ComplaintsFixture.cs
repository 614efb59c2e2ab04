using Ledningssystem.Complaints.Data;
using Ledningssystem.Contracts.Complaints.V1;
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
/// demo region as the Organizations service replicates it), shared by the tests of <see cref="ComplaintsGroup"/>.
/// </summary>
public sealed class ComplaintsFixture : IAsyncLifetime
{
    private TestDatabase database = null!;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public ServiceHost Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await DevTokenIssuerProcess.StartAsync();
        database = await TestDatabase.CreateAsync();
        Service = await ServiceHost.StartAsync(
            database,
            Issuer,
            (builder, _) =>
            {
                builder.Services.AddSingleton(new WorkflowClock(Clock));
                builder.AddServiceDefaults<ComplaintsDb, SqliteComplaintsDb, PostgresComplaintsDb>("complaints");
                builder.AddComplaints();
            },
            app =>
            {
                app.MapServiceDefaults<ComplaintsDb>();
                app.MapComplaints();
            },
            new Dictionary<string, string?> { ["Complaints:DeadlineScanInterval"] = "00:00:00.200" });
        await Service.ReplicateDemoRealmAsync();
    }

    public async Task<ComplaintService.ComplaintServiceClient> AsAsync(string username) => new(Service.Channel(await Issuer.DemoTokenAsync(username)));

    /// <summary>The public form's client: no token.</summary>
    public PublicComplaintService.PublicComplaintServiceClient Public => new(Service.Channel());

    public Task<T> QueryAsync<T>(Func<ComplaintsDb, Task<T>> query) => Service.QueryAsync(query);

    /// <summary>The events published about <paramref name="complaintId"/>, oldest first, by type name.</summary>
    public Task<List<string>> EventsOfAsync(string complaintId) =>
        QueryAsync(async db => (await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.AggregateId == complaintId).OrderBy(m => m.Sequence).ToListAsync())
            .Select(m => m.Type.Replace("ledningssystem.events.v1.", "", StringComparison.Ordinal)).ToList());

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        await database.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ComplaintsGroup : ICollectionFixture<ComplaintsFixture>
{
    public const string Name = "complaints";
}
