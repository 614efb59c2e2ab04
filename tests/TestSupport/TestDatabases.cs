using Npgsql;

namespace Ledningssystem.Testing;

/// <summary>
/// A fresh, empty database for one test: a SQLite file in a temporary folder by default, or a new database
/// on the PostgreSQL server named by LEDNINGSSYSTEM_TEST_POSTGRES (an admin connection string; `tests/run`
/// starts a local server and sets it). Dropped again when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LEDNINGSSYSTEM_TEST_POSTGRES";

    private readonly string? postgresAdmin;
    private readonly string? databaseName;
    private readonly string? directory;

    private TestDatabase(bool postgres, string connectionString, string? postgresAdmin, string? databaseName, string? directory)
    {
        IsPostgres = postgres;
        ConnectionString = connectionString;
        this.postgresAdmin = postgresAdmin;
        this.databaseName = databaseName;
        this.directory = directory;
    }

    public static bool PostgresConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public bool IsPostgres { get; }

    public string ConnectionString { get; }

    /// <summary>The provider name as the "Database:Provider" setting spells it.</summary>
    public string ProviderSetting => IsPostgres ? "Postgres" : "Sqlite";

    public static async Task<TestDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            var folder = Directory.CreateTempSubdirectory("ledningssystem-db-").FullName;
            return new TestDatabase(false, $"Data Source={Path.Combine(folder, "test.db")};Foreign Keys=True;Pooling=False", null, null, folder);
        }
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(true, builder.ConnectionString, admin, name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else if (directory is not null)
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
