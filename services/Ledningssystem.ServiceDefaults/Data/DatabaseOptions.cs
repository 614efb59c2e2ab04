namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>Where a service keeps its data, from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>"Sqlite" (embedded default: one file per service) or "Postgres" (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string. Empty for SQLite means <c>{Platform:DataDirectory}/{service}.db</c>; PostgreSQL
    /// needs one (from a Secret on Kubernetes).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the service starts (one machine); on Kubernetes a Job does it.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Apply pending migrations and stop: how the Kubernetes migration Job runs the service's own image
    /// (<c>--Database:MigrateAndExit=true</c>); the exit code says whether it worked.
    /// </summary>
    public bool MigrateAndExit { get; set; }

    /// <summary>
    /// SQLite only: the most the database file may grow to. A change that would grow it further is refused with
    /// RESOURCE_EXHAUSTED and nothing of it is written; once rows are deleted (or the limit is raised and the service
    /// restarted) writes succeed again. Empty: as large as the volume allows.
    /// </summary>
    public int? SqliteMaxSizeMegabytes { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
