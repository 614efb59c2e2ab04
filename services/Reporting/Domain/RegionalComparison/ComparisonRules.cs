namespace Ledningssystem.Reporting.Domain.RegionalComparison;

/// <summary>What the comparison knows of one provider in one verksamhetsform for the period.</summary>
/// <param name="Units">The provider's units that run the verksamhetsform (at least one, or the provider is not in it).</param>
/// <param name="ServiceUsers">The brukare the provider registered for the year, or null.</param>
public sealed record ProviderFigures(string TenantId, string Verksamhetsform, long Count, int Units, int? ServiceUsers);

public enum RateBasis
{
    PerThousandServiceUsers = 1,
    PerUnit = 2,
}

public enum Warning
{
    None = 0,
    ReportsNothing = 1,
    ReportsFarBelowPeers = 2,
}

public sealed record ComparedFigures(ProviderFigures Figures, RateBasis Basis, double Rate, Warning Warning);

/// <summary>
/// Rates and the warning sign (ADR 0026). Under-reporting is the field's best-known failure, so a low rate is never
/// read as a good result: a provider that reports nothing in a verksamhetsform where it runs units is flagged, and so
/// is one whose rate is under a quarter of the median of the providers with the same verksamhetsform and basis, when
/// there are at least three of them (the median is robust to one provider's extreme figures; fewer than three have
/// no meaningful median).
/// </summary>
public static class ComparisonRules
{
    public const double FarBelowFractionOfMedian = 0.25;
    public const int MinimumPeersForMedian = 3;

    public static IReadOnlyList<ComparedFigures> Compare(IEnumerable<ProviderFigures> figures)
    {
        var rated = figures.Select(f => f.ServiceUsers is { } users and > 0
                ? (Figures: f, Basis: RateBasis.PerThousandServiceUsers, Rate: f.Count * 1000.0 / users)
                : (Figures: f, Basis: RateBasis.PerUnit, Rate: (double)f.Count / Math.Max(f.Units, 1)))
            .ToList();
        var medians = rated
            .GroupBy(r => (r.Figures.Verksamhetsform, r.Basis))
            .ToDictionary(g => g.Key, g => g.Count() >= MinimumPeersForMedian ? Median([.. g.Select(r => r.Rate)]) : (double?)null);
        return
        [
            .. rated.Select(r => new ComparedFigures(r.Figures, r.Basis, r.Rate, WarningOf(r.Figures.Count, r.Rate, medians[(r.Figures.Verksamhetsform, r.Basis)]))),
        ];
    }

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException("The median of nothing is not defined.", nameof(values));
        }
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Warning WarningOf(long count, double rate, double? median) =>
        count == 0 ? Warning.ReportsNothing
        : median is { } m && m > 0 && rate < FarBelowFractionOfMedian * m ? Warning.ReportsFarBelowPeers
        : Warning.None;
}
