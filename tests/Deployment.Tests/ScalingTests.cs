using Ledningssystem.Deployment.Tests.Support;

namespace Ledningssystem.Deployment.Tests;

/// <summary>Autoscaling, disruption budgets and migrations on PostgreSQL; one replica each on SQLite.</summary>
public sealed class ScalingTests
{
    [Fact]
    public async Task On_postgres_every_deployment_has_an_autoscaler_and_a_disruption_budget()
    {
        var manifests = await Helm.RenderAsync(Profile.Default);

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var name = deployment.Text("metadata", "name");
            var autoscaler = manifests.Get("HorizontalPodAutoscaler", name);
            Assert.Equal(name, autoscaler.Text("spec", "scaleTargetRef", "name"));
            Assert.True(int.Parse(autoscaler.Text("spec", "minReplicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
            var budget = manifests.Get("PodDisruptionBudget", name);
            Assert.Equal(
                deployment.Path("spec", "selector", "matchLabels").Keys().Order(),
                budget.Path("spec", "selector", "matchLabels").Keys().Order());
            // The autoscaler owns the replica count; a fixed one would fight it on every upgrade.
            Assert.Null(deployment.PathOrNull("spec", "replicas"));
        }
    }

    [Fact]
    public async Task On_postgres_each_service_migrates_in_a_pre_install_and_pre_upgrade_hook()
    {
        var manifests = await Helm.RenderAsync(Profile.Default);

        var jobs = manifests.OfKind("Job");
        Assert.Equal(PlatformCatalog.Names, jobs.Select(Manifests.Component).Order());
        foreach (var job in jobs)
        {
            Assert.Equal("pre-install,pre-upgrade", job.Text("metadata", "annotations", "helm.sh/hook"));
            var container = Assert.Single(Manifests.Containers(job));
            Assert.Equal("true", Manifests.EnvValue(container, "Database__MigrateAndExit"));
            Assert.NotNull(Manifests.Env(container)["Database__ConnectionString"].PathOrNull("valueFrom", "secretKeyRef"));
            Assert.Equal("false", job.Text("spec", "template", "metadata", "annotations", "dapr.io/enabled"));
            Assert.Equal("Never", Manifests.PodSpec(job).Text("restartPolicy"));
        }
    }

    [Theory]
    [InlineData("evaluation")]
    [InlineData("evaluation-demo")]
    public async Task The_evaluation_profile_runs_one_replica_of_everything_on_sqlite_volumes(string profile)
    {
        var manifests = await Helm.RenderAsync(Profile.Named(profile));

        Assert.Empty(manifests.OfKind("HorizontalPodAutoscaler"));
        Assert.Empty(manifests.OfKind("PodDisruptionBudget"));
        Assert.Empty(manifests.OfKind("Job"));
        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            Assert.Equal("1", deployment.Text("spec", "replicas"));
            if (Manifests.Component(deployment) == "gateway")
            {
                continue;
            }
            Assert.Equal("Recreate", deployment.Text("spec", "strategy", "type"));
            var container = Assert.Single(Manifests.Containers(deployment));
            Assert.Equal("Sqlite", Manifests.EnvValue(container, "Database__Provider"));
            Assert.Equal("true", Manifests.EnvValue(container, "Database__MigrateOnStartup"));
            Assert.StartsWith("Data Source=/data/", Manifests.EnvValue(container, "Database__ConnectionString"), StringComparison.Ordinal);
            var claim = Manifests.PodSpec(deployment).Items("volumes").Single(v => v.Text("name") == "data").Text("persistentVolumeClaim", "claimName");
            Assert.Equal("ReadWriteOnce", Assert.Single(manifests.Get("PersistentVolumeClaim", claim).Items("spec", "accessModes")).Text());
            Assert.Contains(container.Items("volumeMounts"), m => m.Text("name") == "data" && m.Text("mountPath") == "/data");
        }
    }

    [Fact]
    public async Task The_documents_files_live_on_a_claim_shared_by_its_replicas()
    {
        var manifests = await Helm.RenderAsync(Profile.Default);

        var documents = manifests.Get("Deployment", $"{Helm.ReleaseName}-documents");
        var container = Assert.Single(Manifests.Containers(documents));
        Assert.Equal("/blobs", Manifests.EnvValue(container, "Documents__BlobDirectory"));
        Assert.Contains(container.Items("volumeMounts"), m => m.Text("mountPath") == "/blobs");
        var claim = manifests.Get("PersistentVolumeClaim", $"{Helm.ReleaseName}-documents-blobs");
        Assert.Equal("ReadWriteMany", Assert.Single(claim.Items("spec", "accessModes")).Text());
        Assert.Null(Manifests.EnvValue(container, "Documents__BlobStore"));
    }

    [Fact]
    public async Task With_s3_on_the_documents_files_go_to_the_bucket_with_keys_from_a_secret()
    {
        var manifests = await Helm.RenderUncachedAsync(
        [
            "--set", "blobs.s3.enabled=true", "--set", "blobs.s3.serviceUrl=https://s3.example.se",
            "--set", "blobs.s3.bucket=styrdokument", "--set", "blobs.s3.existingSecret=documents-s3",
        ]);

        var container = Assert.Single(Manifests.Containers(manifests.Get("Deployment", $"{Helm.ReleaseName}-documents")));
        Assert.Equal("S3", Manifests.EnvValue(container, "Documents__BlobStore"));
        Assert.Equal("https://s3.example.se", Manifests.EnvValue(container, "Documents__S3__ServiceUrl"));
        Assert.Equal("styrdokument", Manifests.EnvValue(container, "Documents__S3__Bucket"));
        var env = Manifests.Env(container);
        Assert.Equal("documents-s3", env["Documents__S3__AccessKey"].Text("valueFrom", "secretKeyRef", "name"));
        Assert.Equal("accessKey", env["Documents__S3__AccessKey"].Text("valueFrom", "secretKeyRef", "key"));
        Assert.Equal("secretKey", env["Documents__S3__SecretKey"].Text("valueFrom", "secretKeyRef", "key"));
        var noBucket = await Helm.TemplateAsync(["--set", "blobs.s3.enabled=true"]);
        Assert.NotEqual(0, noBucket.ExitCode);
    }
}
