namespace Ledningssystem.Complaints;

/// <summary>The service's own settings, from the "Complaints" configuration section.</summary>
public sealed class ComplaintsOptions
{
    public const string SectionName = "Complaints";

    /// <summary>How often the deadline monitor looks for deadlines that have passed.</summary>
    public TimeSpan DeadlineScanInterval { get; set; } = TimeSpan.FromMinutes(1);
}
