using Ledningssystem.Testing;

namespace Ledningssystem.Platform.Events.Tests.Support;

/// <summary>A fact about PostgreSQL only: skipped unless LEDNINGSSYSTEM_TEST_POSTGRES names a server, as in tests/run's second pass.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.PostgresConfigured)
        {
            Skip = $"Needs PostgreSQL: {TestDatabase.PostgresVariable} is not set (tests/run sets it in its second pass).";
        }
    }
}
