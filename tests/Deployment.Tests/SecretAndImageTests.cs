using System.Text.RegularExpressions;
using Ledningssystem.Deployment.Tests.Support;

namespace Ledningssystem.Deployment.Tests;

/// <summary>No secret value in the chart; every image reference comes from values.</summary>
public sealed partial class SecretAndImageTests
{
    [Theory]
    [MemberData(nameof(Profile.Names), MemberType = typeof(Profile))]
    public async Task No_secret_values_are_rendered(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        foreach (var secret in manifests.OfKind("Secret"))
        {
            Assert.Null(secret.PathOrNull("data"));
            Assert.Null(secret.PathOrNull("stringData"));
        }
        foreach (var workload in manifests.OfKind("Deployment").Concat(manifests.OfKind("Job")))
        {
            foreach (var (name, entry) in Manifests.Containers(workload).SelectMany(Manifests.Env))
            {
                if (SecretLike().IsMatch(name) && !(name == "Database__ConnectionString" && Profile.Named(profile).Sqlite))
                {
                    Assert.True(entry.PathOrNull("valueFrom", "secretKeyRef") is not null, $"{name} is not taken from a Secret");
                }
            }
        }
        foreach (var item in manifests.OfKind("Component").SelectMany(c => c.Items("spec", "metadata")))
        {
            if (SecretLike().IsMatch(item.Text("name")))
            {
                Assert.True(item.PathOrNull("secretKeyRef") is not null, $"{item.Text("name")} is not taken from a Secret");
            }
        }
    }

    [Fact]
    public async Task Postgres_connection_strings_come_from_the_database_secret_one_key_per_service()
    {
        var manifests = await Helm.RenderAsync(Profile.Default);

        var keys = manifests.OfKind("Deployment").Where(d => Manifests.Component(d) != "gateway").Select(d =>
        {
            var container = Assert.Single(Manifests.Containers(d));
            Assert.Equal("Postgres", Manifests.EnvValue(container, "Database__Provider"));
            Assert.Equal("false", Manifests.EnvValue(container, "Database__MigrateOnStartup"));
            var reference = Manifests.Env(container)["Database__ConnectionString"].Path("valueFrom", "secretKeyRef");
            Assert.Equal("ledningssystem-databases", reference.Text("name"));
            return reference.Text("key");
        }).ToList();

        Assert.Equal(PlatformCatalog.Names, keys.Order());
    }

    [Fact]
    public async Task Every_image_follows_the_registry_and_tag_values()
    {
        var manifests = await Helm.RenderUncachedAsync(["--set", "image.registry=registry.test/other", "--set", "image.tag=9.9.9-test"]);

        var images = manifests.OfKind("Deployment").Concat(manifests.OfKind("Job"))
            .SelectMany(Manifests.Containers).Select(c => c.Text("image")).ToList();

        // A Deployment per service and the gateway, a migration Job per service.
        Assert.Equal(2 * PlatformCatalog.Services.Count + 1, images.Count);
        Assert.All(images, image => Assert.Matches(@"^registry\.test/other/[a-z]+:9\.9\.9-test$", image));
        Assert.DoesNotContain("ghcr.io", manifests.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_migration_job_runs_the_image_of_its_service()
    {
        var manifests = await Helm.RenderAsync(Profile.Default);

        foreach (var job in manifests.OfKind("Job"))
        {
            var deployment = manifests.Get("Deployment", job.Path("metadata", "name").Text().Replace("-migrate", "", StringComparison.Ordinal));
            Assert.Equal(
                Assert.Single(Manifests.Containers(deployment)).Text("image"),
                Assert.Single(Manifests.Containers(job)).Text("image"));
        }
    }

    [GeneratedRegex("ConnectionString|Password|Secret|AccessKey|saslPassword|redisPassword", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLike();
}
