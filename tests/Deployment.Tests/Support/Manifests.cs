using YamlDotNet.RepresentationModel;

namespace Ledningssystem.Deployment.Tests.Support;

/// <summary>The documents of a rendered chart, parsed with YamlDotNet.</summary>
public sealed class Manifests(IReadOnlyList<YamlMappingNode> documents, string text)
{
    public IReadOnlyList<YamlMappingNode> Documents { get; } = documents;

    public string Text { get; } = text;

    public static Manifests Parse(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        var documents = stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
        return new Manifests(documents, yaml);
    }

    public IReadOnlyList<YamlMappingNode> OfKind(string kind) => [.. Documents.Where(d => d.Text("kind") == kind)];

    public YamlMappingNode Get(string kind, string name) => Documents.Single(d => d.Text("kind") == kind && d.Path("metadata", "name").Text() == name);

    public YamlMappingNode? Find(string kind, string name) => Documents.SingleOrDefault(d => d.Text("kind") == kind && d.Path("metadata", "name").Text() == name);

    /// <summary>The workload key of a Deployment: its app.kubernetes.io/component label.</summary>
    public static string Component(YamlNode manifest) => manifest.Path("metadata", "labels", "app.kubernetes.io/component").Text();

    public static YamlMappingNode PodSpec(YamlNode workload) => (YamlMappingNode)workload.Path("spec", "template", "spec");

    public static IEnumerable<YamlMappingNode> Containers(YamlNode workload) => PodSpec(workload).Items("containers").Cast<YamlMappingNode>();

    public static IReadOnlyDictionary<string, YamlMappingNode> Env(YamlNode container) =>
        container.Items("env").Cast<YamlMappingNode>().ToDictionary(e => e.Text("name"), StringComparer.Ordinal);

    public static string? EnvValue(YamlNode container, string name) =>
        Env(container).TryGetValue(name, out var entry) ? entry.TextOrNull("value") : null;
}

/// <summary>Navigation over YamlDotNet's representation model that fails with the path that is missing.</summary>
public static class YamlNodes
{
    public static YamlNode Path(this YamlNode node, params string[] keys)
    {
        var current = node;
        foreach (var key in keys)
        {
            current = current.ChildOrNull(key) ?? throw new Xunit.Sdk.XunitException($"'{key}' missing (path {string.Join('.', keys)}) in:\n{Describe(node)}");
        }
        return current;
    }

    public static YamlNode? PathOrNull(this YamlNode node, params string[] keys)
    {
        YamlNode? current = node;
        foreach (var key in keys)
        {
            current = current?.ChildOrNull(key);
        }
        return current;
    }

    public static YamlNode? ChildOrNull(this YamlNode node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static string Text(this YamlNode node) => node is YamlScalarNode { Value: { } value } ? value : throw new Xunit.Sdk.XunitException($"not a scalar: {Describe(node)}");

    public static string Text(this YamlNode node, params string[] keys) => node.Path(keys).Text();

    public static string? TextOrNull(this YamlNode node, params string[] keys) => node.PathOrNull(keys) is YamlScalarNode scalar ? scalar.Value : null;

    public static IEnumerable<YamlNode> Items(this YamlNode node, params string[] keys) =>
        node.PathOrNull(keys) is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<string> Keys(this YamlNode node) =>
        node is YamlMappingNode mapping ? mapping.Children.Keys.Select(k => k.Text()) : [];

    private static string Describe(YamlNode node)
    {
        var text = node.ToString();
        return text.Length > 400 ? text[..400] + "..." : text;
    }
}
