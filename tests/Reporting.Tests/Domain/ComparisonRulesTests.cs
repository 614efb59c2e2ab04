using Ledningssystem.Reporting.Domain.RegionalComparison;

namespace Ledningssystem.Reporting.Tests.Domain;

/// <summary>Rates per 1,000 brukare or per unit, and the warning sign for a provider that reports nothing or far below its peers.</summary>
public sealed class ComparisonRulesTests
{
    [Fact]
    public void A_provider_with_brukare_is_rated_per_thousand_of_them_and_one_without_per_unit()
    {
        var compared = ComparisonRules.Compare([Figures("a", 7, units: 2, serviceUsers: 200), Figures("b", 9, units: 3)]);

        Assert.Equal([(RateBasis.PerThousandServiceUsers, 35.0), (RateBasis.PerUnit, 3.0)], compared.Select(c => (c.Basis, c.Rate)));
    }

    [Fact]
    public void A_provider_that_reports_nothing_is_flagged_even_without_peers()
    {
        var compared = ComparisonRules.Compare([Figures("a", 0, units: 4)]);

        Assert.Equal(Warning.ReportsNothing, compared.Single().Warning);
    }

    [Fact]
    public void Under_a_quarter_of_the_median_of_three_or_more_peers_is_flagged_and_a_quarter_or_more_is_not()
    {
        var compared = ComparisonRules.Compare([Figures("a", 40), Figures("b", 44), Figures("c", 9), Figures("d", 11), Figures("e", 48)]);

        // Median 40: 9 is under 10, 11 is not.
        Assert.Equal(
            [Warning.None, Warning.None, Warning.ReportsFarBelowPeers, Warning.None, Warning.None],
            compared.Select(c => c.Warning));
    }

    [Fact]
    public void Two_providers_have_no_median_to_fall_below_and_bases_and_verksamhetsformer_are_compared_apart()
    {
        var compared = ComparisonRules.Compare(
        [
            Figures("a", 100), Figures("b", 1),
            Figures("c", 100, serviceUsers: 1000), Figures("d", 100, serviceUsers: 1000), Figures("e", 1, serviceUsers: 1000, verksamhetsform: "VERKSAMHETSFORM_LSS"),
        ]);

        Assert.All(compared, c => Assert.Equal(Warning.None, c.Warning));
    }

    [Theory]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 10.0 }, 3.5)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(double[] values, double median)
    {
        Assert.Equal(median, ComparisonRules.Median(values));
    }

    [Fact]
    public void Pseudonyms_are_drawn_from_letters_and_digits_that_cannot_be_mistaken_for_each_other()
    {
        var drawn = Enumerable.Range(0, 200).Select(_ => ComparedProvider.NewPseudonym()).ToList();

        Assert.All(drawn, p => Assert.Matches("^Utförare [A-HJ-NP-Z2-9]{4}$", p));
        Assert.True(drawn.Distinct().Count() > 190);
    }

    private static ProviderFigures Figures(string tenant, long count, int units = 1, int? serviceUsers = null, string verksamhetsform = "VERKSAMHETSFORM_ALDREOMSORG") =>
        new(tenant, verksamhetsform, count, units, serviceUsers);
}
