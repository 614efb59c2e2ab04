using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.Domain;

/// <summary>How many cases of a tenant fall in one <see cref="CounterKey"/>; moved only by the projection's deltas.</summary>
public sealed class Counter : ITenantOwned
{
    public string TenantId { get; set; } = "";

    public Subject Subject { get; init; }

    public string UnitId { get; init; } = "";

    public int Month { get; init; }

    public string Kind { get; init; } = "";

    public string Category { get; init; } = "";

    public CaseStatus Status { get; init; }

    /// <summary>A verksamhetsform of the unit, or <see cref="CounterKey.AllVerksamhetsformer"/>.</summary>
    public string Verksamhetsform { get; init; } = CounterKey.AllVerksamhetsformer;

    public long Count { get; init; }

    /// <summary>The sum of the compliance scores counted, in hundredths (egenkontroll carried out; 0 for the other subjects).</summary>
    public long ScoreHundredths { get; init; }
}
