using Ledningssystem.Reporting.JointAnalysis.Domain;

namespace Ledningssystem.Reporting.Tests.Domain;

/// <summary>Where each pattern of the joint analysis starts and stops.</summary>
public sealed class JointPatternsTests
{
    private static ShownCount N(long value) => new(value, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static UnitHalfYear Unit(long complaints, long complaintsBefore, long lexSarah, long lexSarahBefore, params (string Category, long Count)[] categories) =>
        new("u", "Enheten", N(complaints), N(complaintsBefore), N(lexSarah), N(lexSarahBefore), categories.ToDictionary(c => c.Category, c => N(c.Count)));

    private static JointPatternKind[] Kinds(UnitHalfYear unit) => [.. JointPatterns.Find([unit]).Select(p => p.Kind)];

    [Theory]
    [InlineData(3, 2, 2, 1, true)]
    [InlineData(3, 3, 2, 1, false)]
    [InlineData(3, 2, 1, 1, false)]
    [InlineData(2, 3, 2, 1, false)]
    public void Both_rose_only_when_klagomål_and_lex_Sarah_reports_are_both_more_than_before(long complaints, long before, long lexSarah, long lexSarahBefore, bool shown) =>
        Assert.Equal(shown, Kinds(Unit(complaints, before, lexSarah, lexSarahBefore)).Contains(JointPatternKind.BothRose));

    [Fact]
    public void A_category_recurs_from_two_klagomål_at_a_unit_with_lex_Sarah_reports_and_not_without_them()
    {
        var withReports = JointPatterns.Find([Unit(3, 3, 1, 1, ("a", 2), ("b", 1))]);
        var withoutReports = JointPatterns.Find([Unit(3, 3, 0, 0, ("a", 3))]);

        Assert.Equal([(JointPatternKind.RecurringCategory, "a")], withReports.Select(p => (p.Kind, p.CategoryId)));
        Assert.Empty(withoutReports);
    }

    [Theory]
    [InlineData(5, 0, true)]
    [InlineData(4, 0, false)]
    [InlineData(9, 1, false)]
    public void Many_klagomål_without_any_lex_Sarah_report_is_a_warning_sign(long complaints, long lexSarah, bool shown)
    {
        var warnings = JointPatterns.Find([Unit(complaints, complaints, lexSarah, lexSarah)]).Where(p => p.Kind == JointPatternKind.NoLexSarahReports).ToList();

        Assert.Equal(shown, warnings.Count == 1);
        Assert.All(warnings, w => Assert.True(w.Warning));
        Assert.All(warnings, w => Assert.StartsWith("Varningssignal: Enheten har tagit emot", w.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void An_explanation_shows_a_count_as_the_tables_do()
    {
        var unit = Unit(6, 5, 5, 1) with { ComplaintsBefore = new ShownCount(5, "färre än 5"), LexSarahBefore = new ShownCount(1, "färre än 5") };

        Assert.Contains("(färre än 5 → 6)", JointPatterns.Find([unit]).Single().Explanation, StringComparison.Ordinal);
    }
}
