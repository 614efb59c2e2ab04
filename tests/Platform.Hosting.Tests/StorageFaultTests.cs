using Google.Rpc;
using Grpc.Core;
using Ledningssystem.Platform.Hosting.Tests.Sample;
using Ledningssystem.Platform.Hosting.Tests.Sample.V1;
using Ledningssystem.Testing;
using Microsoft.Data.Sqlite;

namespace Ledningssystem.Platform.Hosting.Tests;

/// <summary>
/// The volume under a service fills up or turns read-only, or another process keeps the database locked (ADR 0027): a
/// change is refused whole with a status the caller can act on, never INTERNAL, and the same process writes again once
/// the operator has made room.
/// On SQLite (no Database trait: not in the PostgreSQL pass), where a size limit and the file's flags stand in for a
/// full or read-only volume.
/// </summary>
public sealed class StorageFaultTests : IAsyncLifetime
{
    private const int MaxSizeMegabytes = 4;
    private DevTokenIssuerProcess issuer = null!;
    private TestDatabase database = null!;
    private ServiceHost service = null!;
    private NotesService.NotesServiceClient notes = null!;

    private string DatabaseFile => new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;

    public async Task InitializeAsync()
    {
        issuer = await DevTokenIssuerProcess.StartAsync();
        database = await TestDatabase.CreateAsync();
        service = await SampleService.StartAsync(database, issuer, new Dictionary<string, string?>
        {
            ["Database:SqliteMaxSizeMegabytes"] = MaxSizeMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        notes = new NotesService.NotesServiceClient(service.Channel(await issuer.PasswordTokenAsync("erik.eriksson")));
    }

    public async Task DisposeAsync()
    {
        await service.DisposeAsync();
        await database.DisposeAsync();
        await issuer.DisposeAsync();
    }

    [Fact]
    public async Task A_full_database_refuses_the_change_and_its_event_together_and_takes_writes_again_once_there_is_room()
    {
        await notes.CreateNoteAsync(new CreateNoteRequest { Text = "Före" });
        await using var filler = await OpenAsync();
        await FillAsync(filler);
        var before = await CountAsync(filler);

        var refused = await Assert.ThrowsAsync<RpcException>(() => notes.CreateNoteAsync(LargerThanAPage()).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Equal("Tjänstens lagringsutrymme är fullt, så ändringen sparades inte. Försök igen senare.", refused.Status.Detail);
        Assert.Equal("STORAGE_FULL", refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal(before, await CountAsync(filler));

        await Execute(filler, "DELETE FROM filler");
        var created = await notes.CreateNoteAsync(new CreateNoteRequest { Text = "Efter" });
        await Eventually.TrueAsync(() => Task.FromResult(service.Received().Traces.ContainsKey(created.NoteId)), "The note's event was delivered.");
        Assert.Equal((before.Notes + 1, before.Events + 1), await CountAsync(filler));
    }

    [Fact]
    public async Task A_read_only_database_refuses_changes_as_unavailable_and_takes_them_again_once_writable()
    {
        await notes.CreateNoteAsync(new CreateNoteRequest { Text = "Före" });

        await ReadOnlyFile.MakeAsync(DatabaseFile);
        RpcException refused;
        try
        {
            refused = await Assert.ThrowsAsync<RpcException>(() => notes.CreateNoteAsync(new CreateNoteRequest { Text = "Skrivskyddad" }).ResponseAsync);
        }
        finally
        {
            await ReadOnlyFile.UndoAsync(DatabaseFile);
        }

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        Assert.Equal("STORAGE_NOT_WRITABLE", refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.StartsWith("Tjänstens databas går inte att skriva till just nu", refused.Status.Detail, StringComparison.Ordinal);
        await using var check = await OpenAsync();
        Assert.Equal(0, await Scalar(check, "SELECT COUNT(*) FROM case_notes WHERE Text = 'Skrivskyddad'"));
        var created = await notes.CreateNoteAsync(new CreateNoteRequest { Text = "Skrivbar igen" });
        await Eventually.TrueAsync(() => Task.FromResult(service.Received().Traces.ContainsKey(created.NoteId)), "The note's event was delivered.");
    }

    [Fact]
    public async Task A_database_another_process_keeps_locked_past_the_busy_timeout_refuses_as_unavailable_and_writes_nothing()
    {
        await notes.CreateNoteAsync(new CreateNoteRequest { Text = "Före" });
        await using var holder = await OpenAsync();
        await Execute(holder, "BEGIN IMMEDIATE");
        RpcException refused;
        try
        {
            // The service's write waits SQLite's busy timeout (30 s) for the lock, then gives up.
            refused = await Assert.ThrowsAsync<RpcException>(() => notes.CreateNoteAsync(new CreateNoteRequest { Text = "Låst" }).ResponseAsync);
        }
        finally
        {
            await Execute(holder, "ROLLBACK");
        }

        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        Assert.Equal("DATABASE_BUSY", refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        Assert.Equal("Tjänstens databas är hårt belastad eller går inte att nå just nu, så ingenting ändrades. Försök igen om en stund.", refused.Status.Detail);
        Assert.Equal(0, await Scalar(holder, "SELECT COUNT(*) FROM case_notes WHERE Text = 'Låst'"));
        var created = await notes.CreateNoteAsync(new CreateNoteRequest { Text = "Upplåst" });
        await Eventually.TrueAsync(() => Task.FromResult(service.Received().Traces.ContainsKey(created.NoteId)), "The note's event was delivered.");
    }

    /// <summary>A note that needs a page of its own: the pages the service already has keep room for small rows.</summary>
    private static CreateNoteRequest LargerThanAPage() => new() { Text = new string('x', 4000), PersonReference = new string('1', 100) };

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA busy_timeout = 30000");
        return connection;
    }

    /// <summary>Takes up the room left under the service's limit, as another writer on the same volume would.</summary>
    private static async Task FillAsync(SqliteConnection connection)
    {
        var pageSize = await Scalar(connection, "PRAGMA page_size");
        await Execute(connection, $"PRAGMA max_page_count = {MaxSizeMegabytes * 1024L * 1024L / pageSize}");
        await Execute(connection, "CREATE TABLE filler (block BLOB NOT NULL)");
        foreach (var block in new[] { 65536, 4096, 512 })
        {
            try
            {
                while (true)
                {
                    await Execute(connection, $"INSERT INTO filler VALUES (zeroblob({block}))");
                }
            }
            catch (SqliteException full) when (full.SqliteErrorCode == 13)
            {
                // this block size no longer fits; smaller ones fill what is left
            }
        }
    }

    private static async Task<(long Notes, long Events)> CountAsync(SqliteConnection connection) =>
        (await Scalar(connection, "SELECT COUNT(*) FROM case_notes"), await Scalar(connection, "SELECT COUNT(*) FROM event_outbox"));

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
