namespace Ledningssystem.Documents.Tests.Support;

/// <summary>A test of behaviour only SQLite's FTS5 shows (word-prefix matching); skipped on PostgreSQL.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestDatabase.PostgresConfigured)
        {
            Skip = "SQLite FTS5 only.";
        }
    }
}

/// <summary>A test of behaviour only PostgreSQL's Swedish configuration shows (stemming); skipped on SQLite.</summary>
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute()
    {
        if (!TestDatabase.PostgresConfigured)
        {
            Skip = "PostgreSQL only (the test run's database pass).";
        }
    }
}
