namespace Ledningssystem.Reporting.JointAnalysis.Domain;

public enum JointPatternKind
{
    BothRose = 1,
    RecurringCategory = 2,
    NoLexSarahReports = 3,
}

/// <summary>A count, and how it may be shown (the number, or "färre än N" where the tables suppress it).</summary>
public readonly record struct ShownCount(long Value, string Text);

/// <summary>A unit's klagomål and lex Sarah reports in the half-year and the one before, and its klagomål per category in the half-year.</summary>
public sealed record UnitHalfYear(
    string UnitId, string UnitName, ShownCount Complaints, ShownCount ComplaintsBefore, ShownCount LexSarah, ShownCount LexSarahBefore,
    IReadOnlyDictionary<string, ShownCount> ComplaintsPerCategory);

public sealed record JointPattern(JointPatternKind Kind, string UnitId, string CategoryId, string Explanation, bool Warning);

/// <summary>
/// The patterns of a half-year worth the analysis's attention (SOSFS 2011:9 5 kap. 6 §: to see patterns and trends that
/// show shortcomings in quality), computed from the counts alone. The explanations show the counts as the tables do,
/// so that a suppressed count stays suppressed.
/// </summary>
public static class JointPatterns
{
    /// <summary>Klagomål of one category at one unit in a half-year from which they count as recurring.</summary>
    public const int RecurringComplaints = 2;

    /// <summary>Klagomål at one unit in a half-year from which no lex Sarah report at all is a warning sign.</summary>
    public const int ManyComplaints = 5;

    public static IReadOnlyList<JointPattern> Find(IEnumerable<UnitHalfYear> units)
    {
        var patterns = new List<JointPattern>();
        foreach (var unit in units.OrderBy(u => u.UnitId, StringComparer.Ordinal))
        {
            if (unit.Complaints.Value > unit.ComplaintsBefore.Value && unit.LexSarah.Value > unit.LexSarahBefore.Value)
            {
                patterns.Add(new(JointPatternKind.BothRose, unit.UnitId, "",
                    $"På {unit.UnitName} har både klagomålen ({unit.ComplaintsBefore.Text} → {unit.Complaints.Text}) och lex Sarah-rapporterna "
                    + $"({unit.LexSarahBefore.Text} → {unit.LexSarah.Text}) ökat jämfört med halvåret före. Analysera om de pekar på samma brister.",
                    false));
            }
            if (unit.LexSarah.Value > 0)
            {
                foreach (var (category, count) in unit.ComplaintsPerCategory.Where(c => c.Value.Value >= RecurringComplaints).OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    patterns.Add(new(JointPatternKind.RecurringCategory, unit.UnitId, category,
                        $"Klagomål i samma kategori återkommer på {unit.UnitName} ({count.Text} under halvåret), där det också finns lex Sarah-rapporter "
                        + $"({unit.LexSarah.Text}). Se om klagomålen och rapporterna gäller samma brist.",
                        false));
                }
            }
            if (unit.Complaints.Value >= ManyComplaints && unit.LexSarah.Value == 0)
            {
                patterns.Add(new(JointPatternKind.NoLexSarahReports, unit.UnitId, "",
                    $"Varningssignal: {unit.UnitName} har tagit emot {unit.Complaints.Text} klagomål under halvåret men inga lex Sarah-rapporter alls. "
                    + "Det kan tyda på att missförhållanden inte rapporteras.",
                    true));
            }
        }
        return patterns;
    }
}
