using Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.QualityCouncil.Domain;

/// <summary>Whole months from <see cref="From"/> to <see cref="To"/> (<see cref="Months"/>' yyyymm), both included.</summary>
public readonly record struct MonthRange(int From, int To)
{
    public int Length => Months.Span(From, To);

    /// <summary>As many months just before.</summary>
    public MonthRange Before => new(Months.AddMonths(From, -Length), Months.AddMonths(From, -1));

    public MonthRange YearBefore => new(Months.AddYears(From, -1), Months.AddYears(To, -1));

    public bool Contains(int month) => month >= From && month <= To;

    /// <summary>The years the range touches.</summary>
    public IEnumerable<int> Years => Enumerable.Range(Months.Year(From), Months.Year(To) - Months.Year(From) + 1);

    /// <summary>
    /// The period an occasion's underlag covers (docs/reporting.md): tertial 1 January–April, tertial 2 May–August,
    /// the verksamhetsberättelse the whole year, and the verksamhetsplan of the next year, prepared in the autumn, the
    /// twelve months up to the end of tertial 2 (September the year before to August).
    /// </summary>
    public static MonthRange Of(CouncilOccasion occasion, int year) => occasion switch
    {
        CouncilOccasion.Tertial1 => new(Months.Of(year, 1), Months.Of(year, 4)),
        CouncilOccasion.Tertial2 => new(Months.Of(year, 5), Months.Of(year, 8)),
        CouncilOccasion.AnnualReport => new(Months.Of(year, 1), Months.Of(year, 12)),
        CouncilOccasion.AnnualPlan => new(Months.Of(year - 1, 9), Months.Of(year, 8)),
        _ => throw new ArgumentOutOfRangeException(nameof(occasion), occasion, "Every occasion has a period."),
    };
}
