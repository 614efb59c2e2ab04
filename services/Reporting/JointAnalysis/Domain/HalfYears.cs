using Ledningssystem.Reporting.Domain;
using Ledningssystem.Reporting.QualityCouncil.Domain;

namespace Ledningssystem.Reporting.JointAnalysis.Domain;

public enum HalfYear
{
    First = 1,
    Second = 2,
}

/// <summary>The months of a half-year and the half-years it is compared with.</summary>
public static class HalfYears
{
    public static MonthRange Of(int year, HalfYear half) =>
        half == HalfYear.First ? new(Months.Of(year, 1), Months.Of(year, 6)) : new(Months.Of(year, 7), Months.Of(year, 12));

    /// <summary>The half-year, the one before and the same half a year before: always the 18 months up to its end.</summary>
    public static MonthRange WithComparisons(int year, HalfYear half) => new(Of(year, half).YearBefore.From, Of(year, half).To);

    public static string Name(int year, HalfYear half) => $"{(half == HalfYear.First ? "första" : "andra")} halvåret {year}";
}
