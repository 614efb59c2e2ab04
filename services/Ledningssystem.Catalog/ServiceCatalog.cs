using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ledningssystem.Catalog;

/// <summary>
/// The one list of the platform's services (services/catalog.json). Adding a service is a folder from the template,
/// one entry here and the solution; the launcher and the gateway configure themselves from this list, and tests
/// name any other file (chart values, skaffold.yaml, the solution) that disagrees with it.
/// </summary>
public static partial class ServiceCatalog
{
    public const string FileName = "catalog.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };

    /// <summary>The catalogue copied beside the running program (every project referencing this library gets it).</summary>
    public static IReadOnlyList<CatalogEntry> Load() => Load(Path.Combine(AppContext.BaseDirectory, FileName));

    /// <summary>Reads and checks a catalogue file; a mistake in it is an error that names the entry and the field.</summary>
    public static IReadOnlyList<CatalogEntry> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<CatalogDocument>(stream, Json)
            ?? throw new InvalidDataException($"{path}: the catalogue is empty.");
        var entries = document.Services ?? [];
        var problems = Problems(entries).ToList();
        return problems.Count == 0 ? entries : throw new InvalidDataException($"{path}: {string.Join(" ", problems)}");
    }

    private static IEnumerable<string> Problems(IReadOnlyList<CatalogEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Name is null || !LowerCaseName().IsMatch(entry.Name))
            {
                yield return $"\"{entry.Name}\": name must be lower-case letters (a-z).";
                continue;
            }
            if (entry.ProtoPackage != $"ledningssystem.{entry.Name}.v1")
            {
                yield return $"{entry.Name}: protoPackage must be \"ledningssystem.{entry.Name}.v1\", not \"{entry.ProtoPackage}\".";
            }
            if (entry.Project is null || !entry.Project.StartsWith("services/", StringComparison.Ordinal))
            {
                yield return $"{entry.Name}: project must be a folder under services/, not \"{entry.Project}\".";
            }
            if (entry.GrpcPort is < 1024 or > 65535 || entry.WebPort is < 1024 or > 65535 || entry.GrpcPort == entry.WebPort)
            {
                yield return $"{entry.Name}: grpcPort and webPort must be two different ports from 1024 to 65535.";
            }
            if (entry.Database is null || !LowerCaseName().IsMatch(entry.Database))
            {
                yield return $"{entry.Name}: database must be lower-case letters (a-z).";
            }
        }
        foreach (var name in Repeated(entries.Select(e => e.Name)))
        {
            yield return $"the name \"{name}\" is used twice.";
        }
        foreach (var port in Repeated(entries.SelectMany(e => new[] { e.GrpcPort, e.WebPort })))
        {
            yield return $"port {port} is used twice.";
        }
    }

    private static IEnumerable<T> Repeated<T>(IEnumerable<T> values) => values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key);

    [GeneratedRegex("^[a-z]+$")]
    private static partial Regex LowerCaseName();

    private sealed record CatalogDocument(List<CatalogEntry>? Services);
}
