using Ledningssystem.Deployment.Tests.Support;

namespace Ledningssystem.Deployment.Tests;

/// <summary>The pub/sub Component, Resiliency and Configuration belong to the app-ids the chart deploys.</summary>
public sealed class DaprTests
{
    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Pubsub_component_is_the_chosen_broker_scoped_to_the_services(string profile)
    {
        var chosen = Profile.Named(profile);
        var manifests = await Helm.RenderAsync(chosen);

        var component = Assert.Single(manifests.OfKind("Component"));
        Assert.Equal($"pubsub.{chosen.PubSub}", component.Text("spec", "type"));
        Assert.Equal(ServiceAppIds(manifests), component.Items("scopes").Select(s => s.Text()).Order());
        var pubsubName = manifests.Get("ConfigMap", $"{Helm.ReleaseName}-platform").Text("data", "Events__PubSubName");
        Assert.Equal(component.Text("metadata", "name"), pubsubName);
        Assert.Equal("Dapr", manifests.Get("ConfigMap", $"{Helm.ReleaseName}-platform").Text("data", "Events__Mode"));
    }

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Resiliency_retries_publishing_and_delivery_of_the_services_component(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        var resiliency = Assert.Single(manifests.OfKind("Resiliency"));
        var component = Assert.Single(manifests.OfKind("Component")).Text("metadata", "name");
        Assert.Equal(ServiceAppIds(manifests), resiliency.Items("scopes").Select(s => s.Text()).Order());
        var target = resiliency.Path("spec", "targets", "components", component);
        foreach (var direction in new[] { "inbound", "outbound" })
        {
            var policy = resiliency.Path("spec", "policies", "retries", target.Text(direction, "retry"));
            Assert.True(int.Parse(policy.Text("maxRetries"), System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.NotNull(resiliency.PathOrNull("spec", "policies", "timeouts", target.Text(direction, "timeout")));
        }
    }

    [Fact]
    public async Task Messages_whose_retries_are_spent_go_to_the_dead_letter_topic_from_values()
    {
        var manifests = await Helm.RenderUncachedAsync(["--set", "pubsub.deadLetterTopic=poison-test"]);

        Assert.Equal("poison-test", manifests.Get("ConfigMap", $"{Helm.ReleaseName}-platform").Text("data", "Events__DeadLetterTopic"));
    }

    [Fact]
    public async Task With_an_app_token_secret_every_sidecar_shows_the_token_that_its_service_demands()
    {
        var manifests = await Helm.RenderUncachedAsync(["--set", "dapr.appTokenSecret=dapr-app-token"]);

        var services = manifests.OfKind("Deployment").Where(d => Manifests.Component(d) != "gateway").ToList();
        Assert.NotEmpty(services);
        foreach (var deployment in services)
        {
            Assert.Equal("dapr-app-token", deployment.Path("spec", "template", "metadata", "annotations").Text("dapr.io/app-token-secret"));
            var env = Manifests.Env(Assert.Single(Manifests.Containers(deployment)));
            Assert.Equal("dapr-app-token", env["Events__AppApiToken"].Text("valueFrom", "secretKeyRef", "name"));
            Assert.Equal("token", env["Events__AppApiToken"].Text("valueFrom", "secretKeyRef", "key"));
        }
        var byDefault = await Helm.RenderAsync(Profile.Default);
        Assert.All(byDefault.OfKind("Deployment"), d => Assert.Null(d.TextOrNull("spec", "template", "metadata", "annotations", "dapr.io/app-token-secret")));
    }

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Every_sidecar_uses_the_tracing_configuration(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        var configuration = Assert.Single(manifests.OfKind("Configuration"));
        Assert.NotNull(configuration.PathOrNull("spec", "tracing", "samplingRate"));
        Assert.All(manifests.OfKind("Deployment"), d =>
            Assert.Equal(configuration.Text("metadata", "name"), d.Path("spec", "template", "metadata", "annotations").Text("dapr.io/config")));
    }

    [Fact]
    public async Task The_otlp_endpoint_reaches_processes_and_sidecars()
    {
        var manifests = await Helm.RenderUncachedAsync(["--set", "telemetry.otlpEndpoint=http://otel-collector.monitoring:4317"]);

        Assert.Equal("http://otel-collector.monitoring:4317", manifests.Get("ConfigMap", $"{Helm.ReleaseName}-platform").Text("data", "OTEL_EXPORTER_OTLP_ENDPOINT"));
        var otel = Assert.Single(manifests.OfKind("Configuration")).Path("spec", "tracing", "otel");
        Assert.Equal("otel-collector.monitoring:4317", otel.Text("endpointAddress"));
        Assert.Equal("false", otel.Text("isSecure"));
        Assert.All(manifests.OfKind("Deployment"), d => Assert.Equal(
            $"{Helm.ReleaseName}-platform",
            Assert.Single(Assert.Single(Manifests.Containers(d)).Items("envFrom")).Text("configMapRef", "name")));
    }

    [Fact]
    public async Task Kafka_with_sasl_takes_the_credentials_from_a_secret()
    {
        var manifests = await Helm.RenderAsync(Profile.KafkaSasl);

        var metadata = Assert.Single(manifests.OfKind("Component")).Items("spec", "metadata").ToDictionary(m => m.Text("name"));
        Assert.Equal("password", metadata["authType"].Text("value"));
        Assert.Equal("kafka-users", metadata["saslPassword"].Text("secretKeyRef", "name"));
    }

    private static IEnumerable<string> ServiceAppIds(Manifests manifests) =>
        manifests.OfKind("Deployment").Where(d => Manifests.Component(d) != "gateway")
            .Select(d => d.Path("spec", "template", "metadata", "annotations").Text("dapr.io/app-id")).Order();
}
