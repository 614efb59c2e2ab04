namespace Ledningssystem.Incidents;

/// <summary>The service's own settings, from the "Incidents" configuration section.</summary>
public sealed class IncidentsOptions
{
    public const string SectionName = "Incidents";

    /// <summary>How often the deadline monitor looks for deadlines that are near or have passed.</summary>
    public TimeSpan DeadlineScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a replica schedules deadlines with the tenant's service levels as it read them, when another replica
    /// changed them (the replica that changes them forgets at once).
    /// </summary>
    public TimeSpan ServiceLevelsCacheMaxAge { get; set; } = TimeSpan.FromSeconds(10);
}
