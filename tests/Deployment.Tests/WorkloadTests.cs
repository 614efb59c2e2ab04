using Ledningssystem.Deployment.Tests.Support;
using Ledningssystem.Testing;
using YamlDotNet.RepresentationModel;

namespace Ledningssystem.Deployment.Tests;

/// <summary>Every Deployment: probes, resources, a locked-down container and Dapr annotations matching its ports.</summary>
public sealed class WorkloadTests
{
    private static readonly string[] ExpectedWorkloads = [.. PlatformCatalog.Names.Append("gateway").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task The_chart_deploys_every_service_and_the_gateway(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        Assert.Equal(ExpectedWorkloads, manifests.OfKind("Deployment").Select(Manifests.Component).Order());
    }

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Every_container_has_grpc_probes_on_its_grpc_port_and_requests_and_limits(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var container = Assert.Single(Manifests.Containers(deployment));
            var grpcPort = PortNamed(container, "grpc");
            foreach (var probe in new[] { "startupProbe", "readinessProbe", "livenessProbe" })
            {
                Assert.Equal(grpcPort, container.Path(probe, "grpc", "port").Text());
            }
            foreach (var part in new[] { "requests", "limits" })
            {
                Assert.NotEmpty(container.Path("resources", part, "cpu").Text());
                Assert.NotEmpty(container.Path("resources", part, "memory").Text());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Every_pod_runs_non_root_read_only_without_capabilities_or_token(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        foreach (var workload in manifests.OfKind("Deployment").Concat(manifests.OfKind("Job")))
        {
            var pod = Manifests.PodSpec(workload);
            Assert.Equal("false", pod.Text("automountServiceAccountToken"));
            Assert.Equal("true", pod.Path("securityContext", "runAsNonRoot").Text());
            Assert.NotEqual("0", pod.Path("securityContext", "runAsUser").Text());
            Assert.Equal("RuntimeDefault", pod.Path("securityContext", "seccompProfile", "type").Text());
            foreach (var container in Manifests.Containers(workload))
            {
                var security = container.Path("securityContext");
                Assert.Equal("true", security.Text("runAsNonRoot"));
                Assert.Equal("true", security.Text("readOnlyRootFilesystem"));
                Assert.Equal("false", security.Text("allowPrivilegeEscalation"));
                Assert.Equal(["ALL"], security.Items("capabilities", "drop").Select(n => n.Text()));
                Assert.Empty(security.Items("capabilities", "add"));
                Assert.Equal("RuntimeDefault", security.Path("seccompProfile", "type").Text());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Deployments_use_service_accounts_that_do_not_mount_tokens(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var account = manifests.Get("ServiceAccount", Manifests.PodSpec(deployment).Text("serviceAccountName"));
            Assert.Equal("false", account.Text("automountServiceAccountToken"));
        }
    }

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Dapr_annotations_point_at_the_http1_web_port_the_process_listens_on(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var annotations = deployment.Path("spec", "template", "metadata", "annotations");
            var container = Assert.Single(Manifests.Containers(deployment));
            var listeners = Manifests.Component(deployment) == "gateway" ? "Gateway" : "Rpc";
            var webPort = PortNamed(container, "web");

            Assert.Equal("true", annotations.Text("dapr.io/enabled"));
            Assert.Equal(Manifests.Component(deployment), annotations.Text("dapr.io/app-id"));
            Assert.Equal("http", annotations.Text("dapr.io/app-protocol"));
            Assert.Equal(webPort, annotations.Text("dapr.io/app-port"));
            Assert.Equal(webPort, Manifests.EnvValue(container, $"{listeners}__WebPort"));
            Assert.Equal(PortNamed(container, "grpc"), Manifests.EnvValue(container, $"{listeners}__GrpcPort"));
            Assert.Equal("0.0.0.0", Manifests.EnvValue(container, $"{listeners}__BindAddress"));
        }
    }

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Services_point_at_the_containers_named_ports(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var service = manifests.Get("Service", deployment.Path("metadata", "name").Text());
            var container = Assert.Single(Manifests.Containers(deployment));
            Assert.Equal(
                container.Items("ports").Select(p => p.Text("name")).Order(),
                service.Items("spec", "ports").Select(p => p.Text("targetPort")).Order());
            Assert.Equal(
                deployment.Path("spec", "selector", "matchLabels").Keys().Order(),
                service.Path("spec", "selector").Keys().Order());
        }
    }

    [Fact]
    public async Task The_gateway_routes_each_catalogued_service_to_the_matching_service_port()
    {
        var manifests = await Helm.RenderAsync(Profile.Default);

        var gateway = Assert.Single(Manifests.Containers(manifests.Get("Deployment", $"{Helm.ReleaseName}-gateway")));
        var overrides = Manifests.Env(gateway).Where(e => e.Key.StartsWith("ReverseProxy__", StringComparison.Ordinal)).ToList();

        // The gateway's clusters are the catalogue's (gateway/Routing/CatalogRoutes.cs): each gets its address, none is invented.
        var destinations = PlatformCatalog.Services.SelectMany(s => new[]
        {
            $"ReverseProxy__Clusters__{s.Name}-grpc__Destinations__{s.Name}__Address",
            $"ReverseProxy__Clusters__{s.Name}-web__Destinations__{s.Name}__Address",
        }).ToList();
        Assert.Equal(destinations.Order(), overrides.Select(o => o.Key).Order());
        foreach (var (name, entry) in overrides)
        {
            var cluster = name.Split("__")[2];
            var service = manifests.Get("Service", $"{Helm.ReleaseName}-{cluster[..cluster.LastIndexOf('-')]}");
            var port = service.Items("spec", "ports").Single(p => p.Text("name") == cluster[(cluster.LastIndexOf('-') + 1)..]).Text("port");
            Assert.Equal($"http://{service.Text("metadata", "name")}:{port}", entry.Text("value"));
        }
    }

    private static string PortNamed(YamlNode container, string name) =>
        container.Items("ports").Single(p => p.Text("name") == name).Text("containerPort");
}
