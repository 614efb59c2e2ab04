using Ledningssystem.Catalog;
using Ledningssystem.Testing;

namespace Ledningssystem.Deployment.Tests.Support;

/// <summary>services/catalog.json as the deployment tests read it: what the chart must deploy.</summary>
public static class PlatformCatalog
{
    public static IReadOnlyList<CatalogEntry> Services { get; } = ServiceCatalog.Load(RepositoryPaths.Combine("services", ServiceCatalog.FileName));

    /// <summary>The catalogued services' names in order, as the tests compare sorted lists of workloads.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Services.Select(s => s.Name).Order(StringComparer.Ordinal)];
}
