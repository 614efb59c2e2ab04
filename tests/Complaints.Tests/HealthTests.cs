using Ledningssystem.Testing;

namespace Ledningssystem.Complaints.Tests;

/// <summary>The service as its own process on a fresh database: migrated at start-up and healthy on both listeners.</summary>
public sealed class HealthTests
{
    [Fact]
    [Trait("Category", "Database")]
    public Task The_service_migrates_its_database_and_answers_health_on_both_listeners() =>
        ServiceProgramHealth.AssertMigratesAndAnswersHealthAsync("Complaints");
}
