using Ledningssystem.Deployment.Tests.Support;

namespace Ledningssystem.Deployment.Tests;

/// <summary>Only the gateway takes traffic from outside; the services only from the gateway and each other.</summary>
public sealed class NetworkTests
{
    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Every_deployment_is_selected_by_an_ingress_network_policy(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));
        var policies = manifests.OfKind("NetworkPolicy");

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var podLabels = deployment.Path("spec", "template", "metadata", "labels");
            Assert.Contains(policies, p =>
                p.Items("spec", "policyTypes").Any(t => t.Text() == "Ingress")
                && p.Path("spec", "podSelector", "matchLabels").Keys().All(k => podLabels.TextOrNull(k) == p.Path("spec", "podSelector", "matchLabels").Text(k)));
        }
    }

    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task Only_the_gateway_is_reachable_from_outside(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));
        var gatewayService = $"{Helm.ReleaseName}-gateway";

        Assert.All(manifests.OfKind("Service"), s => Assert.Equal("ClusterIP", s.Text("spec", "type")));
        var backends = manifests.OfKind("Ingress").SelectMany(i => i.Items("spec", "rules"))
            .SelectMany(r => r.Items("http", "paths")).Select(p => p.Path("backend", "service", "name").Text()).ToList();
        Assert.NotEmpty(backends);
        Assert.All(backends, b => Assert.Equal(gatewayService, b));

        foreach (var policy in manifests.OfKind("NetworkPolicy").Where(p => Manifests.Component(p) != "gateway"))
        {
            var deployment = manifests.Get("Deployment", policy.Path("metadata", "name").Text());
            var appPorts = Assert.Single(Manifests.Containers(deployment)).Items("ports").Select(p => p.Text("containerPort")).ToHashSet();
            foreach (var rule in policy.Items("spec", "ingress"))
            {
                if (!rule.Items("ports").Any(p => appPorts.Contains(p.Text("port"))))
                {
                    continue;
                }
                // The service's own ports: only pods of this release, never other namespaces or addresses.
                Assert.All(rule.Items("from"), peer =>
                {
                    Assert.Equal(["podSelector"], peer.Keys());
                    Assert.Equal(Helm.ReleaseName, peer.Path("podSelector", "matchLabels").Text("app.kubernetes.io/instance"));
                });
            }
        }
    }

    [Fact]
    public async Task The_gateway_accepts_only_the_ingress_controllers_namespace_on_its_listeners()
    {
        var manifests = await Helm.RenderAsync(Profile.Default);

        var policy = manifests.Get("NetworkPolicy", $"{Helm.ReleaseName}-gateway");
        var rule = policy.Items("spec", "ingress").Single(r => r.Items("ports").Any(p => p.Text("port") == "8081"));
        var peer = Assert.Single(rule.Items("from"));
        Assert.Equal("ingress-nginx", peer.Path("namespaceSelector", "matchLabels").Text("kubernetes.io/metadata.name"));
    }

    [Fact]
    public async Task A_service_takes_calls_from_the_gateway_on_both_endpoints()
    {
        var manifests = await Helm.RenderAsync(Profile.Default);

        var policy = manifests.Get("NetworkPolicy", $"{Helm.ReleaseName}-incidents");
        var fromGateway = policy.Items("spec", "ingress").Single(r =>
            r.Items("from").Any(p => p.TextOrNull("podSelector", "matchLabels", "app.kubernetes.io/component") == "gateway"));
        Assert.Equal(["5000", "5001"], fromGateway.Items("ports").Select(p => p.Text("port")).Order());
    }
}
