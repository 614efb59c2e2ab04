using Ledningssystem.Platform.TestModel;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Platform.Data.Tests;

/// <summary>The writers of one SQLite file take turns in the process (SqliteWriteGate); real files, WAL as the services run it.</summary>
public sealed class SqliteWriteGateTests : IAsyncLifetime
{
    // Shorter than the gate's own limit (the busy timeout), after which a writer would go on without its turn.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private readonly string folder = Directory.CreateTempSubdirectory("ledningssystem-gate-").FullName;
    private readonly TenantContext tenant = new(new TestCaller { TenantId = "aldrenamnden", UserId = "anna" });

    private string DatabaseFile => Path.Combine(folder, "notes.db");

    private string ConnectionString => $"Data Source={DatabaseFile};Foreign Keys=True;Pooling=False";

    public async Task InitializeAsync()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Many_concurrent_writers_all_commit_each_once()
    {
        const int writers = 60;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() => WriteAsync(i))));

        var expected = Enumerable.Range(0, writers).SelectMany(TextsOf).Order().ToList();
        Assert.Equal(expected, await TextsAsync());
    }

    [Fact]
    public async Task A_writer_behind_an_open_transaction_waits_for_its_turn_not_on_the_file_lock()
    {
        // Without SQLite's busy timeout and with a one-second command timeout, a writer that met the file lock would
        // give up with "database is locked" long before the first transaction commits; its turn makes it wait instead.
        var impatient = ConnectionString + ";Default Timeout=1";
        await using var first = OpenWithGateOnly(impatient);
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.Notes.Add(new CaseNote { Text = "först" });
        await first.SaveChangesAsync();

        var second = Task.Run(async () =>
        {
            await using var db = OpenWithGateOnly(impatient);
            db.Notes.Add(new CaseNote { Text = "sedan" });
            await db.SaveChangesAsync();
        });
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False(second.IsCompleted);
        await transaction.CommitAsync();

        await second.WaitAsync(Bound);
        Assert.Equal(["först", "sedan"], await TextsAsync());
    }

    [Fact]
    public async Task A_cancelled_wait_gives_back_nothing_it_did_not_take()
    {
        await using var holder = Open();
        await using var transaction = await holder.Database.BeginTransactionAsync();
        holder.Notes.Add(new CaseNote { Text = "hållare" });
        await holder.SaveChangesAsync();

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await using (var waiter = Open())
        {
            waiter.Notes.Add(new CaseNote { Text = "avbruten" });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter.SaveChangesAsync(cancel.Token));
        }

        // Had the cancelled writer given a turn back, this commit's own release would overfill the gate and throw.
        await transaction.CommitAsync();
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => WriteAsync(i)))).WaitAsync(Bound);
        Assert.DoesNotContain("avbruten", await TextsAsync());
        Assert.Contains("hållare", await TextsAsync());
    }

    [Fact]
    public async Task A_transaction_left_by_an_exception_gives_its_turn_back()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var db = Open();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new CaseNote { Text = "ångras" });
            await db.SaveChangesAsync();
            throw new InvalidOperationException("handler failed before the commit");
        });

        await WriteAsync(0).WaitAsync(Bound);
        Assert.Equal(TextsOf(0).Order().ToList(), await TextsAsync());
    }

    [Fact]
    public async Task A_save_the_database_refuses_gives_its_turn_back()
    {
        var existing = new CaseNote { Text = "original" };
        await using (var db = Open())
        {
            db.Notes.Add(existing);
            await db.SaveChangesAsync();
        }

        await using (var db = Open())
        {
            db.Notes.Add(new CaseNote { Id = existing.Id, Text = "dubblett" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await WriteAsync(0).WaitAsync(Bound);
        Assert.Equal(TextsOf(0).Append("original").Order().ToList(), await TextsAsync());
    }

    [Fact]
    public async Task A_second_process_holding_the_file_lock_is_waited_for_through_the_busy_timeout()
    {
        var marker = Path.Combine(folder, "locked");
        // sqlite3 takes the write lock, says so by a file, holds it a while and commits.
        var script = $"""
            .timeout 30000
            BEGIN IMMEDIATE;
            INSERT INTO case_notes (Id, TenantId, PersonReference, Text) VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', 'aldrenamnden', '', 'annan process');
            .shell touch '{marker}'
            .shell sleep 1
            COMMIT;
            """;
        var other = RunSqlite3Async(script);
        await Eventually.TrueAsync(() => Task.FromResult(File.Exists(marker) || other.IsCompleted), "sqlite3 to hold the write lock");

        await WriteAsync(0).WaitAsync(Bound);

        var result = await other.WaitAsync(Bound);
        Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Output);
        Assert.Equal(TextsOf(0).Append("annan process").Order().ToList(), await TextsAsync());
    }

    [Fact]
    public async Task A_second_process_waits_for_a_transaction_of_this_one()
    {
        await using var db = Open();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Notes.Add(new CaseNote { Text = "denna process" });
            await db.SaveChangesAsync();
            var other = RunSqlite3Async($"""
                .timeout 30000
                INSERT INTO case_notes (Id, TenantId, PersonReference, Text) VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', 'aldrenamnden', '', 'annan process');
                """);
            await Task.Delay(TimeSpan.FromSeconds(1));
            await transaction.CommitAsync();

            var result = await other.WaitAsync(Bound);
            Assert.True(result.ExitCode == 0 && result.StandardError.Length == 0, result.Output);
        }
        Assert.Equal(["annan process", "denna process"], await TextsAsync());
    }

    private static IEnumerable<string> TextsOf(int writer) => (writer % 3) switch
    {
        0 => [$"{writer}"],
        1 => [$"{writer}a", $"{writer}b"],
        _ => [$"{writer}s"],
    };

    /// <summary>Three ways a service writes: SaveChanges alone, an explicit transaction with two saves, synchronous SaveChanges.</summary>
    private async Task WriteAsync(int writer)
    {
        await using var db = Open();
        var texts = TextsOf(writer).ToList();
        switch (writer % 3)
        {
            case 0:
                db.Notes.Add(new CaseNote { Text = texts[0] });
                await db.SaveChangesAsync();
                break;
            case 1:
                await using (var transaction = await db.Database.BeginTransactionAsync())
                {
                    db.Notes.Add(new CaseNote { Text = texts[0] });
                    await db.SaveChangesAsync();
                    db.Notes.Add(new CaseNote { Text = texts[1] });
                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                }
                break;
            default:
                db.Notes.Add(new CaseNote { Text = texts[0] });
                db.SaveChanges();
                break;
        }
    }

    private async Task<List<string>> TextsAsync()
    {
        await using var db = Open();
        return (await db.Notes.Select(n => n.Text).ToListAsync()).Order().ToList();
    }

    private SqliteNotesDb Open() =>
        new(new DbContextOptionsBuilder<SqliteNotesDb>().UsePlatformSqlite(ConnectionString).Options, tenant, TimeProvider.System);

    private SqliteNotesDb OpenWithGateOnly(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteNotesDb>().UseSqlite(connectionString).AddInterceptors(SqliteWriteGate.For(connectionString)!).Options, tenant, TimeProvider.System);

    private Task<ProcessResult> RunSqlite3Async(string script) =>
        ExternalProcess.RunAsync("sqlite3", [DatabaseFile], workingDirectory: folder, timeout: Bound, standardInput: script);
}
