using Ledningssystem.Deployment.Tests.Support;

namespace Ledningssystem.Deployment.Tests;

/// <summary>Wrong values stop helm before anything reaches the cluster, saying which value and why.</summary>
public sealed class SchemaTests
{
    [Theory]
    [InlineData("pubsub.type=nats", "/pubsub/type", "must be one of 'kafka', 'rabbitmq', 'redis'")]
    [InlineData("database.provider=MySql", "/database/provider", "must be one of 'Postgres', 'Sqlite'")]
    [InlineData("services.incidents.replicas=0", "/services/incidents/replicas", "minimum")]
    [InlineData("identity.authority=keycloak.example.org", "/identity/authority", "does not match pattern")]
    [InlineData("containerSecurityContext.readOnlyRootFilesystem=false", "/containerSecurityContext/readOnlyRootFilesystem", "")]
    [InlineData("image.pullPolicy=Sometimes", "/image/pullPolicy", "must be one of")]
    [InlineData("pubsub.kafka.authType=password", "/pubsub/kafka/secretName", "minLength: got 0, want 1")]
    [InlineData("servcies.incidents.replicas=2", "additional properties 'servcies' not allowed", "")]
    public async Task A_value_outside_the_schema_fails_naming_the_value(string setting, string expectedPath, string expectedReason)
    {
        var result = await Helm.TemplateAsync(["--set", setting]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("values don't meet the specifications of the schema", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(expectedPath, result.StandardError, StringComparison.Ordinal);
        Assert.Contains(expectedReason, result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("services.organizations.replicas=2", "services.organizations.replicas: SQLite (database.provider=Sqlite) allows exactly 1 replica")]
    [InlineData("services.documents.autoscaling.enabled=true", "services.documents.autoscaling.enabled: SQLite (database.provider=Sqlite) cannot autoscale")]
    public async Task The_evaluation_profile_refuses_more_than_one_replica(string setting, string expectedMessage)
    {
        var result = await Helm.TemplateAsync([.. Profile.Evaluation.Arguments, "--set", setting]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expectedMessage, result.StandardError, StringComparison.Ordinal);
    }
}
