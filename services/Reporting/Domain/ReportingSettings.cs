using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.Domain;

/// <summary>A tenant's reporting settings; a tenant without a row has <see cref="Default"/>.</summary>
public sealed class ReportingSettings : ITenantOwned
{
    public const int DefaultThreshold = 5;
    public const int MinThreshold = 2;
    public const int MaxThreshold = 50;

    public static ReportingSettings Default => new();

    public string TenantId { get; set; } = "";

    /// <summary>Counts from 1 to this value minus one are suppressed in what the nämnd sees.</summary>
    public int SuppressionThreshold { get; private set; } = DefaultThreshold;

    public void SetSuppressionThreshold(int threshold)
    {
        if (threshold is < MinThreshold or > MaxThreshold)
        {
            throw new ReportingRuleException("THRESHOLD_OUT_OF_RANGE", $"Gränsen för små tal ska vara mellan {MinThreshold} och {MaxThreshold}.");
        }
        SuppressionThreshold = threshold;
    }
}
