using Ledningssystem.Organizations.Data;

namespace Ledningssystem.Organizations;

/// <summary>The service's own settings, from the "Organizations" configuration section.</summary>
public sealed class OrganizationsOptions
{
    public const string SectionName = "Organizations";

    /// <summary>Apply the demo region at start-up (one machine: AppHost sets it); never in production.</summary>
    public bool SeedDemoRegion { get; set; }

    /// <summary>The demo region's file, relative to the service's folder.</summary>
    public string DemoRegionFile { get; set; } = DemoRegion.FileName;
}
