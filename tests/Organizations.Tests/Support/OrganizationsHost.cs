using Ledningssystem.Organizations.Data;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.ServiceDefaults.Events;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>The Organizations service as a <see cref="ServiceHost"/>, with the demo region seeded; serving once migrated and seeded.</summary>
public static class OrganizationsHost
{
    /// <param name="subscribers">Web endpoints of services that receive the events (Direct delivery); none by default.</param>
    public static Task<ServiceHost> StartAsync(TestDatabase database, DevTokenIssuerProcess issuer, params Uri[] subscribers) =>
        ServiceHost.StartAsync(
            database,
            issuer,
            (builder, _) =>
            {
                builder.AddServiceDefaults<OrganizationsDb, SqliteOrganizationsDb, PostgresOrganizationsDb>("organizations", options => options.ReplicateOrganizations = false);
                builder.AddOrganizations();
            },
            app =>
            {
                app.MapServiceDefaults<OrganizationsDb>();
                app.MapOrganizations();
            },
            new Dictionary<string, string?> { ["Organizations:SeedDemoRegion"] = "true" },
            subscribers);

    /// <summary>Reads the service's database directly, across tenants.</summary>
    public static Task<T> QueryAsync<T>(this ServiceHost service, Func<OrganizationsDb, Task<T>> query) => service.QueryAsync<OrganizationsDb, T>(query);

    /// <summary>The outbox rows added after <paramref name="afterSequence"/>, oldest first.</summary>
    public static Task<List<OutboxMessage>> OutboxAfterAsync(this ServiceHost service, long afterSequence) =>
        service.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Sequence > afterSequence).OrderBy(m => m.Sequence).ToListAsync());

    /// <summary>The newest outbox row's sequence number (0 for none): what a test reads the rows after.</summary>
    public static async Task<long> OutboxHeadAsync(this ServiceHost service) => await service.QueryAsync(db => db.Set<OutboxMessage>().MaxAsync(m => (long?)m.Sequence)) ?? 0;
}
