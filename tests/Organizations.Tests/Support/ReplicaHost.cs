using Ledningssystem.Platform.TestModel;
using Ledningssystem.ServiceDefaults;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Organizations.Tests.Support;

/// <summary>
/// Another platform service (the platform's test model) with nothing but AddServiceDefaults: its access replica is
/// kept by the replication handlers every service gets, from the events the Organizations service delivers to it.
/// </summary>
public static class ReplicaHost
{
    public static Task<ServiceHost> StartAsync(TestDatabase database, DevTokenIssuerProcess issuer) =>
        ServiceHost.StartAsync(
            database,
            issuer,
            (builder, _) => builder.AddServiceDefaults<NotesDb, SqliteNotesDb, PostgresNotesDb>("notes"),
            app => app.MapServiceDefaults<NotesDb>());

    /// <summary>Runs a scalar SQL query (its column named "Value") on the replica's database.</summary>
    public static Task<T> ScalarAsync<T>(this ServiceHost replica, FormattableString sql) =>
        replica.QueryAsync<NotesDb, T>(db => db.Database.SqlQuery<T>(sql).SingleAsync());
}
