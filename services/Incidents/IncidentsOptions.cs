namespace Ledningssystem.Incidents;

/// <summary>The service's own settings, from the "Incidents" configuration section.</summary>
public sealed class IncidentsOptions
{
    public const string SectionName = "Incidents";

    /// <summary>How often the deadline monitor looks for deadlines that are near or have passed.</summary>
    public TimeSpan DeadlineScanInterval { get; set; } = TimeSpan.FromMinutes(1);
}
