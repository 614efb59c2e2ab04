using Ledningssystem.Catalog;
using Ledningssystem.Deployment.Tests.Support;
using Ledningssystem.Testing;
using YamlDotNet.RepresentationModel;

namespace Ledningssystem.Deployment.Tests;

/// <summary>
/// services/catalog.json is the one list of the platform's services. The launcher and the gateway configure themselves
/// from it; the files that cannot (the chart's values, skaffold.yaml, the solution, each service's Dockerfile, its
/// contracts) are held to it here, and a failure names the file that disagrees and what it should say.
/// </summary>
public sealed class CatalogTests
{
    private static IReadOnlyList<CatalogEntry> Catalog => PlatformCatalog.Services;

    public static TheoryData<string> Names => [.. Catalog.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_solution_the_dockerfile_and_the_contracts_agree_with_the_catalogue(string name)
    {
        var entry = Catalog.Single(e => e.Name == name);
        var folder = Path.GetFileName(entry.Project);
        var solution = File.ReadAllText(RepositoryPaths.Combine("Ledningssystem.sln")).Replace('\\', '/');
        var problems = new List<string>();
        Expect(problems, solution.Contains($"\"{entry.Project}/{folder}.csproj\"", StringComparison.Ordinal), $"Ledningssystem.sln: add {entry.Project}/{folder}.csproj (dotnet sln add)");
        Expect(problems, solution.Contains($"\"tests/{folder}.Tests/{folder}.Tests.csproj\"", StringComparison.Ordinal), $"Ledningssystem.sln: add tests/{folder}.Tests/{folder}.Tests.csproj (dotnet sln add)");

        var dockerfile = RepositoryPaths.Combine(entry.Project, "Dockerfile");
        Expect(problems, File.Exists(dockerfile) && File.ReadAllText(dockerfile).Contains($"dotnet publish {entry.Project}/{folder}.csproj", StringComparison.Ordinal),
            $"{entry.Project}/Dockerfile: must exist and publish {entry.Project}/{folder}.csproj");

        var protos = RepositoryPaths.Combine("protos", "ledningssystem", entry.Name, "v1");
        Expect(problems, Directory.Exists(protos) && Directory.EnumerateFiles(protos, "*.proto").Any(p => File.ReadAllText(p).Contains($"package {entry.ProtoPackage};", StringComparison.Ordinal)),
            $"protos/ledningssystem/{entry.Name}/v1/: a .proto with package {entry.ProtoPackage};");

        var program = RepositoryPaths.Combine(entry.Project, "Program.cs");
        Expect(problems, File.Exists(program) && File.ReadAllText(program).Contains($">(\"{entry.Database}\"", StringComparison.Ordinal),
            $"{entry.Project}/Program.cs: AddServiceDefaults(\"{entry.Database}\"), the catalogue's database");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_charts_values_have_one_entry_per_catalogued_service()
    {
        var values = Yaml("charts", "ledningssystem", "values.yaml").Path("services");
        var evaluation = Yaml("charts", "ledningssystem", "values-evaluation.yaml").Path("services");
        var problems = new List<string>();
        foreach (var entry in Catalog)
        {
            var service = values.PathOrNull(entry.Name);
            if (service is null)
            {
                problems.Add($"charts/ledningssystem/values.yaml: services.{entry.Name} is missing");
                continue;
            }
            Expect(problems, service.TextOrNull("appId") == entry.Name, $"charts/ledningssystem/values.yaml: services.{entry.Name}.appId must be {entry.Name}");
            Expect(problems, service.PathOrNull("image", "repository")?.Text() == entry.Name, $"charts/ledningssystem/values.yaml: services.{entry.Name}.image.repository must be {entry.Name}");
            Expect(problems, service.TextOrNull("databaseSecretKey") == entry.Database, $"charts/ledningssystem/values.yaml: services.{entry.Name}.databaseSecretKey must be {entry.Database}");
            Expect(problems, evaluation.PathOrNull(entry.Name, "replicas")?.Text() == "1", $"charts/ledningssystem/values-evaluation.yaml: services.{entry.Name}.replicas must be 1 (SQLite)");
        }
        foreach (var key in Keys(values).Except(Catalog.Select(e => e.Name)))
        {
            problems.Add($"charts/ledningssystem/values.yaml: services.{key} is not in services/catalog.json");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Skaffold_builds_and_deploys_exactly_the_catalogued_services_and_the_gateway()
    {
        var skaffold = Yaml("skaffold.yaml");
        var artifacts = skaffold.Items("build", "artifacts").ToDictionary(a => a.Text("image"), a => a.Text("docker", "dockerfile"));
        var templates = Assert.Single(skaffold.Items("manifests", "helm", "releases")).Path("setValueTemplates");
        var problems = new List<string>();
        foreach (var entry in Catalog)
        {
            Expect(problems, artifacts.GetValueOrDefault(entry.Name) == $"{entry.Project}/Dockerfile",
                $"skaffold.yaml: build.artifacts needs image {entry.Name} with dockerfile {entry.Project}/Dockerfile");
            Expect(problems, templates.TextOrNull($"services.{entry.Name}.image.repository") == $"{{{{.IMAGE_REPO_{entry.Name}}}}}",
                $"skaffold.yaml: setValueTemplates needs services.{entry.Name}.image.repository and .tag");
        }
        foreach (var image in artifacts.Keys.Except([.. Catalog.Select(e => e.Name), "gateway"]))
        {
            problems.Add($"skaffold.yaml: artifact {image} is not in services/catalog.json");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static void Expect(List<string> problems, bool holds, string problem)
    {
        if (!holds)
        {
            problems.Add(problem);
        }
    }

    private static YamlMappingNode Yaml(params string[] path) =>
        Manifests.Parse(File.ReadAllText(RepositoryPaths.Combine(path))).Documents.Single();

    private static IEnumerable<string> Keys(YamlNode mapping) => ((YamlMappingNode)mapping).Children.Keys.Select(k => ((YamlScalarNode)k).Value!);
}
