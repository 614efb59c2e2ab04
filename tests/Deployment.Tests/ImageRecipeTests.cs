using System.Text.RegularExpressions;
using Ledningssystem.Deployment.Tests.Support;
using Ledningssystem.Testing;
using YamlDotNet.RepresentationModel;

namespace Ledningssystem.Deployment.Tests;

/// <summary>skaffold.yaml builds an image for everything the chart deploys and hands it to the chart; each
/// Dockerfile builds from the repository root and runs as the runtime image's non-root user.</summary>
public sealed partial class ImageRecipeTests
{
    private static readonly YamlMappingNode Skaffold = LoadSkaffold();

    private static IReadOnlyList<YamlNode> Artifacts => [.. Skaffold.Items("build", "artifacts")];

    [Fact]
    public async Task Skaffold_builds_an_artifact_for_every_image_the_chart_deploys_and_sets_its_values()
    {
        var release = Assert.Single(Skaffold.Items("manifests", "helm", "releases"));
        Assert.Equal("charts/ledningssystem", release.Text("chartPath"));
        var templates = release.Path("setValueTemplates");
        var settings = new List<string>(["--set", "image.registry="]);
        foreach (var artifact in Artifacts)
        {
            var image = artifact.Text("image");
            var prefix = image == "gateway" ? "gateway" : $"services.{image}";
            Assert.Equal($"{{{{.IMAGE_REPO_{image}}}}}", templates.Text($"{prefix}.image.repository"));
            Assert.Equal($"{{{{.IMAGE_TAG_{image}}}}}", templates.Text($"{prefix}.image.tag"));
            // What skaffold passes after its build, with a repository and tag of its own making.
            settings.AddRange(["--set", $"{prefix}.image.repository=built.test/{image}", "--set", $"{prefix}.image.tag=sk-{image}"]);
        }
        Assert.Equal("", release.Text("setValues", "image.registry"));

        var manifests = await Helm.RenderUncachedAsync(settings);

        foreach (var workload in manifests.OfKind("Deployment").Concat(manifests.OfKind("Job")))
        {
            var component = Manifests.Component(workload);
            Assert.Equal($"built.test/{component}:sk-{component}", Assert.Single(Manifests.Containers(workload)).Text("image"));
        }
        Assert.Equal(
            manifests.OfKind("Deployment").Select(Manifests.Component).Order(),
            Artifacts.Select(a => a.Text("image")).Order());
    }

    [Fact]
    public void Skaffold_has_local_and_production_profiles()
    {
        var profiles = Skaffold.Items("profiles").ToDictionary(p => p.Text("name"));

        Assert.Contains(profiles["kind"].Items("patches"), p => p.Items("value").Any(v => v.Text() == "charts/ledningssystem/values-evaluation.yaml"));
        Assert.Equal("false", profiles["kind"].Text("build", "local", "push"));
        Assert.Equal("true", profiles["production"].Text("build", "local", "push"));
    }

    [Fact]
    public void Every_dockerfile_builds_its_project_from_the_repository_root_and_runs_non_root()
    {
        Assert.NotEmpty(Artifacts);
        foreach (var artifact in Artifacts)
        {
            Assert.Equal(".", artifact.Text("context"));
            var dockerfile = artifact.Text("docker", "dockerfile");
            var directory = Path.GetDirectoryName(dockerfile)!;
            var lines = File.ReadAllLines(RepositoryPaths.Combine(dockerfile)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

            var stages = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, stages.Count);
            Assert.Equal("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", stages[0]);
            Assert.Equal("FROM mcr.microsoft.com/dotnet/aspnet:10.0", stages[1]);
            Assert.Contains("COPY protos/ protos/", lines);
            Assert.Contains($"COPY {directory}/ {directory}/", lines);
            foreach (var copy in lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal)))
            {
                // Every source exists relative to the repository root, the build context.
                foreach (var source in copy.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1])
                {
                    Assert.True(Path.Exists(RepositoryPaths.Combine(source.TrimEnd('/'))), $"{dockerfile}: {source} is not in the repository");
                }
            }

            var project = Path.GetFileName(Directory.GetFiles(RepositoryPaths.Combine(directory), "*.csproj").Single());
            Assert.Contains($"RUN dotnet publish {directory}/{project} --no-restore -c Release -o /app -p:UseAppHost=false", lines);
            var final = lines.Skip(lines.IndexOf(stages[1])).ToList();
            Assert.Contains("COPY --from=build /app .", final);
            Assert.Equal("USER $APP_UID", Assert.Single(final, l => l.StartsWith("USER ", StringComparison.Ordinal)));
            Assert.Equal($"ENTRYPOINT [\"dotnet\", \"{Path.GetFileNameWithoutExtension(project)}.dll\"]", final[^1]);
            Assert.Matches(ExposeLine(), Assert.Single(final, l => l.StartsWith("EXPOSE", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_and_local_data()
    {
        var ignored = File.ReadAllLines(RepositoryPaths.Combine(".dockerignore"));

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains(".data/", ignored);
        Assert.DoesNotContain(ignored, l => l.TrimEnd('/') is "protos" or "services" or "gateway");
    }

    private static YamlMappingNode LoadSkaffold()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(RepositoryPaths.Combine("skaffold.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    [GeneratedRegex(@"^EXPOSE (5000 5001|8080 8081)$")]
    private static partial Regex ExposeLine();
}
