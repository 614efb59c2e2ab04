namespace Ledningssystem.Reporting.JointAnalysis.Domain;

public enum JointPatternKind
{
    BothRose = 1,
    RecurringCategory = 2,
    NoLexSarahReports = 3,
}

/// <summary>A unit's klagomål and lex Sarah reports in the half-year and the one before, and its klagomål per category in the half-year.</summary>
public sealed record UnitHalfYear(
    string UnitId, string UnitName, long Complaints, long ComplaintsBefore, long LexSarah, long LexSarahBefore, IReadOnlyDictionary<string, long> ComplaintsPerCategory);

public sealed record JointPattern(JointPatternKind Kind, string UnitId, string CategoryId, string Explanation, bool Warning);

/// <summary>
/// The patterns of a half-year worth the analysis's attention (SOSFS 2011:9 5 kap. 6 §: to see patterns and trends that
/// show shortcomings in quality), computed from the counts alone. Counts in the explanations go through
/// <c>shown</c>, so that a suppressed count reads as it does in the tables.
/// </summary>
public static class JointPatterns
{
    /// <summary>Klagomål of one category at one unit in a half-year from which they count as recurring.</summary>
    public const int RecurringComplaints = 2;

    /// <summary>Klagomål at one unit in a half-year from which no lex Sarah report at all is a warning sign.</summary>
    public const int ManyComplaints = 5;

    public static IReadOnlyList<JointPattern> Find(IEnumerable<UnitHalfYear> units, Func<long, string> shown)
    {
        var patterns = new List<JointPattern>();
        foreach (var unit in units.OrderBy(u => u.UnitId, StringComparer.Ordinal))
        {
            if (unit.Complaints > unit.ComplaintsBefore && unit.LexSarah > unit.LexSarahBefore)
            {
                patterns.Add(new(JointPatternKind.BothRose, unit.UnitId, "",
                    $"På {unit.UnitName} har både klagomålen ({shown(unit.ComplaintsBefore)} → {shown(unit.Complaints)}) och lex Sarah-rapporterna "
                    + $"({shown(unit.LexSarahBefore)} → {shown(unit.LexSarah)}) ökat jämfört med halvåret före. Analysera om de pekar på samma brister.",
                    false));
            }
            if (unit.LexSarah > 0)
            {
                foreach (var (category, count) in unit.ComplaintsPerCategory.Where(c => c.Value >= RecurringComplaints).OrderBy(c => c.Key, StringComparer.Ordinal))
                {
                    patterns.Add(new(JointPatternKind.RecurringCategory, unit.UnitId, category,
                        $"Klagomål i samma kategori återkommer på {unit.UnitName} ({shown(count)} under halvåret), där det också finns lex Sarah-rapporter "
                        + $"({shown(unit.LexSarah)}). Se om klagomålen och rapporterna gäller samma brist.",
                        false));
                }
            }
            if (unit.Complaints >= ManyComplaints && unit.LexSarah == 0)
            {
                patterns.Add(new(JointPatternKind.NoLexSarahReports, unit.UnitId, "",
                    $"Varningssignal: {unit.UnitName} har tagit emot {shown(unit.Complaints)} klagomål under halvåret men inga lex Sarah-rapporter alls. "
                    + "Det kan tyda på att missförhållanden inte rapporteras.",
                    true));
            }
        }
        return patterns;
    }
}
