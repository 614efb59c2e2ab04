using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Ledningssystem.ServiceDefaults.Events;

/// <summary>
/// A PostgreSQL session-level advisory lock, taken and held on a connection of its own. PostgreSQL refuses it to every
/// other session for as long as the holding session lives, and releases it when that session ends: on
/// <see cref="DisposeAsync"/>, when the process dies, or when the connection drops.
/// </summary>
internal sealed class PostgresAdvisoryLock : IAsyncDisposable
{
    // A confirmation or an attempt answers at once unless the server or the network is in trouble.
    private const int CommandTimeoutSeconds = 5;

    // The server notices a vanished holder (a node that died without closing its socket) after about
    // idle + interval * count = 20 s instead of the operating system's default of two hours.
    private const string ServerKeepalives = "SET tcp_keepalives_idle = 5; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3";

    private const string TryTake = "SELECT pg_try_advisory_lock(@key)";

    // pg_locks shows a bigint key as its high half in classid and its low half in objid, with objsubid 1.
    private const string StillHeld = """
        SELECT EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
                       AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = @key)
        """;

    private readonly string connectionString;
    private readonly long key;
    private NpgsqlConnection? connection;
    private bool held;

    /// <param name="connectionString">The database's connection string; the lock is per database.</param>
    /// <param name="name">What the lock guards; its key is derived from it.</param>
    /// <param name="holder">Shown as the lock session's application_name in pg_stat_activity.</param>
    public PostgresAdvisoryLock(string connectionString, string name, string holder)
    {
        // No pooling (nor multiplexing, which needs it): the session is the lock, and a pool would reset it
        // (DISCARD ALL releases advisory locks) or hand it to other work.
        this.connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            Multiplexing = false,
            ApplicationName = holder,
            Timeout = CommandTimeoutSeconds,
            CommandTimeout = CommandTimeoutSeconds,
        }.ConnectionString;
        key = KeyFor(name);
    }

    /// <summary>
    /// Takes the lock when it is free, or confirms that this session still holds it; false while another session holds
    /// it. Throws when the database cannot be reached, after closing the connection: the lock is then not held, and the
    /// next call starts on a new session.
    /// </summary>
    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        try
        {
            connection ??= await OpenAsync(cancellationToken);
            held = await ExecuteAsync(held ? StillHeld : TryTake, cancellationToken);
            return held;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Ends the session, which releases the lock.</summary>
    public async ValueTask DisposeAsync()
    {
        held = false;
        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }

    /// <summary>The advisory lock key of <paramref name="name"/>: the first 64 bits of its SHA-256, stable across processes and versions.</summary>
    private static long KeyFor(string name) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name)));

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var opened = new NpgsqlConnection(connectionString);
        try
        {
            await opened.OpenAsync(cancellationToken);
            await using var keepalives = new NpgsqlCommand(ServerKeepalives, opened);
            await keepalives.ExecuteNonQueryAsync(cancellationToken);
            return opened;
        }
        catch
        {
            await opened.DisposeAsync();
            throw;
        }
    }

    private async Task<bool> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
