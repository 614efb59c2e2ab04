namespace Ledningssystem.SelfInspection;

/// <summary>The service's own settings, from the "SelfInspection" configuration section.</summary>
public sealed class SelfInspectionOptions
{
    public const string SectionName = "SelfInspection";

    /// <summary>How often the overdue monitors look for occurrences and actions past their due day.</summary>
    public TimeSpan OverdueScanInterval { get; set; } = TimeSpan.FromMinutes(1);
}
