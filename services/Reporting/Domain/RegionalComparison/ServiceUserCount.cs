using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.Domain.RegionalComparison;

/// <summary>How many brukare a provider has in one verksamhetsform a year, as its admin registered it: the rates' denominator.</summary>
public sealed class ServiceUserCount : ITenantOwned
{
    public const int MaxCount = 1_000_000;

    private ServiceUserCount()
    {
    }

    public ServiceUserCount(int year, string verksamhetsform, int count)
    {
        Year = year;
        Verksamhetsform = verksamhetsform;
        Set(count);
    }

    public string TenantId { get; set; } = "";

    public int Year { get; private set; }

    /// <summary>The Verksamhetsform's protobuf name.</summary>
    public string Verksamhetsform { get; private set; } = "";

    public int Count { get; private set; }

    public void Set(int count)
    {
        if (count is < 1 or > MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A provider has 1 to {MaxCount} brukare in a verksamhetsform.");
        }
        Count = count;
    }
}
