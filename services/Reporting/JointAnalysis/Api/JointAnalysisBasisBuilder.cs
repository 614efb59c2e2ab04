using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Reporting.JointAnalysis.Data;
using Ledningssystem.Reporting.QualityCouncil.Api;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Disclosure = Ledningssystem.Reporting.Domain.Disclosure;
using DisclosedCount = Ledningssystem.Reporting.Domain.DisclosedCount;
using Domain = Ledningssystem.Reporting.JointAnalysis.Domain;
using MonthRange = Ledningssystem.Reporting.QualityCouncil.Domain.MonthRange;
using Months = Ledningssystem.Reporting.Domain.Months;
using ReadModel = Ledningssystem.Reporting.Domain;

namespace Ledningssystem.Reporting.JointAnalysis.Api;

/// <summary>
/// The underlag of the joint analysis of a half-year for a subtree or the whole tenant: klagomål, synpunkter and beröm
/// and lex Sarah reports per unit, category and month, beside the half-year before and the same half-year last year,
/// with small counts suppressed, and the patterns computed from the counts. Counts only: no case, no person, no text.
/// </summary>
public sealed class JointAnalysisBasisBuilder(ReportingDb db, IOrganizationDirectory organization, TimeProvider clock)
{
    private const string ComplaintKind = "COMPLAINT_KIND_COMPLAINT";
    private const string LexSarahKind = "INCIDENT_KIND_LEX_SARAH";

    /// <summary>The figures of a unit, in the order of <see cref="JointAnalysisUnit"/>'s fields.</summary>
    private enum Figure
    {
        Complaints,
        Opinions,
        Praise,
        LexSarahReports,
        LexSarahInvestigated,
        LexSarahNotified,
    }

    private const int Current = 0;
    private const int Previous = 1;
    private const int LastYear = 2;

    private static readonly Figure[] Figures = Enum.GetValues<Figure>();

    public async Task<JointAnalysisBasis> BuildAsync(string unitId, IReadOnlyList<string>? units, int year, Domain.HalfYear half, CancellationToken cancellationToken)
    {
        var period = Domain.HalfYears.Of(year, half);
        MonthRange[] periods = [period, period.Before, period.YearBefore];
        var months = Domain.HalfYears.WithComparisons(year, half);
        var threshold = (await db.TenantSettingsAsync(cancellationToken)).SuppressionThreshold;
        var complaints = await db.UnitCountsAsync(ReadModel.Subject.Complaints, null, months, units, cancellationToken);
        var categories = await db.UnitCountsAsync(ReadModel.Subject.ComplaintCategories, ComplaintKind, months, units, cancellationToken);
        var lexSarah = await db.UnitCountsAsync(ReadModel.Subject.Incidents, LexSarahKind, months, units, cancellationToken);
        var escalations = await db.LexSarahEscalationsAsync(months, units, cancellationToken);

        int PeriodOf(int month) => Array.FindIndex(periods, p => p.Contains(month));
        var perUnit = new SortedDictionary<string, long[,]>(StringComparer.Ordinal);
        void Add(string unit, Figure? figure, int month, long count)
        {
            if (figure is { } counted && PeriodOf(month) is var index and >= 0)
            {
                if (!perUnit.TryGetValue(unit, out var values))
                {
                    perUnit[unit] = values = new long[Figures.Length, periods.Length];
                }
                values[(int)counted, index] += count;
            }
        }
        foreach (var row in complaints)
        {
            Figure? figure = row.Kind switch
            {
                ComplaintKind => Figure.Complaints,
                "COMPLAINT_KIND_OPINION" or "COMPLAINT_KIND_SUGGESTION" => Figure.Opinions,
                "COMPLAINT_KIND_PRAISE" => Figure.Praise,
                _ => null,
            };
            Add(row.UnitId, figure, row.Month, row.Count);
        }
        foreach (var row in lexSarah)
        {
            Add(row.UnitId, Figure.LexSarahReports, row.Month, row.Count);
        }
        foreach (var row in escalations)
        {
            Add(row.UnitId, Figure.LexSarahInvestigated, row.Month, row.Investigated);
            Add(row.UnitId, Figure.LexSarahNotified, row.Month, row.Notified);
        }
        foreach (var unit in perUnit.Where(u => u.Value.Cast<long>().All(v => v == 0)).Select(u => u.Key).ToList())
        {
            perUnit.Remove(unit);
        }

        var unitIds = perUnit.Keys.ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in unitIds)
        {
            names[unit] = await organization.UnitNameAsync(unit, cancellationToken) ?? unit;
        }
        // Each column's total is shown, so each column's unit counts are suppressed as parts of it.
        var totals = new DisclosedCount[Figures.Length, periods.Length];
        var parts = new IReadOnlyList<DisclosedCount>[Figures.Length, periods.Length];
        foreach (var figure in Figures)
        {
            for (var p = 0; p < periods.Length; p++)
            {
                var values = unitIds.Select(u => perUnit[u][(int)figure, p]).ToList();
                totals[(int)figure, p] = Disclosure.Of(values.Sum(), threshold);
                parts[(int)figure, p] = Disclosure.Parts(totals[(int)figure, p], values, threshold);
            }
        }
        JointCounts Counts(Func<int, DisclosedCount> count) => new()
        {
            Count = count(Current).ToProto(threshold), PreviousHalf = count(Previous).ToProto(threshold), SameHalfLastYear = count(LastYear).ToProto(threshold),
        };
        JointAnalysisUnit Row(string id, string name, Func<Figure, int, DisclosedCount> count) => new()
        {
            UnitId = id,
            UnitName = name,
            Complaints = Counts(p => count(Figure.Complaints, p)),
            Opinions = Counts(p => count(Figure.Opinions, p)),
            Praise = Counts(p => count(Figure.Praise, p)),
            LexSarahReports = Counts(p => count(Figure.LexSarahReports, p)),
            LexSarahInvestigated = Counts(p => count(Figure.LexSarahInvestigated, p)),
            LexSarahNotified = Counts(p => count(Figure.LexSarahNotified, p)),
        };

        Domain.ShownCount Shown(DisclosedCount count) => new(count.Value, Disclosure.Text(count, threshold));
        var patterns = Domain.JointPatterns.Find(unitIds.Select((u, i) => new Domain.UnitHalfYear(
            u, names[u],
            Shown(parts[(int)Figure.Complaints, Current][i]), Shown(parts[(int)Figure.Complaints, Previous][i]),
            Shown(parts[(int)Figure.LexSarahReports, Current][i]), Shown(parts[(int)Figure.LexSarahReports, Previous][i]),
            categories.Where(c => c.UnitId == u && period.Contains(c.Month)).GroupBy(c => c.Category)
                .ToDictionary(g => g.Key, g => Shown(Disclosure.Of(g.Sum(c => c.Count), threshold)), StringComparer.Ordinal))));

        return new JointAnalysisBasis
        {
            UnitId = unitId,
            UnitName = unitId.Length == 0 ? "" : await organization.UnitNameAsync(unitId, cancellationToken) ?? unitId,
            Year = year,
            Half = half.ToProto(),
            Period = period.ToProto(),
            PreviousHalf = period.Before.ToProto(),
            SameHalfLastYear = period.YearBefore.ToProto(),
            SuppressionThreshold = threshold,
            Total = Row("", "", (figure, p) => totals[(int)figure, p]),
            Units = { unitIds.Select((u, i) => Row(u, names[u], (figure, p) => parts[(int)figure, p][i])) },
            Categories =
            {
                categories.GroupBy(c => c.Category).Where(g => g.Sum(c => c.Count) > 0).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new JointAnalysisCategory
                {
                    CategoryId = g.Key,
                    Complaints = Counts(p => Disclosure.Of(g.Where(c => periods[p].Contains(c.Month)).Sum(c => c.Count), threshold)),
                }),
            },
            Months = { MonthRows(period, complaints, lexSarah, escalations, totals, threshold) },
            Patterns =
            {
                patterns.Select(p => new JointPattern
                {
                    Kind = p.Kind.ToProto(), UnitId = p.UnitId, CategoryId = p.CategoryId, Explanation = p.Explanation, Warning = p.Warning,
                }),
            },
            CompiledAt = clock.GetUtcNow().ToProto(),
        };
    }

    /// <summary>The half-year's months; each column's months are parts of its total.</summary>
    private static IEnumerable<JointAnalysisMonth> MonthRows(
        MonthRange period, List<UnitMonthCount> complaints, List<UnitMonthCount> lexSarah, List<UnitMonthEscalations> escalations, DisclosedCount[,] totals, int threshold)
    {
        var months = Enumerable.Range(0, period.Length).Select(i => Months.AddMonths(period.From, i)).ToList();
        IReadOnlyList<DisclosedCount> Column(Figure figure, Func<int, long> count) => Disclosure.Parts(totals[(int)figure, Current], [.. months.Select(count)], threshold);
        var reports = Column(Figure.LexSarahReports, m => lexSarah.Where(c => c.Month == m).Sum(c => c.Count));
        var investigated = Column(Figure.LexSarahInvestigated, m => escalations.Where(e => e.Month == m).Sum(e => e.Investigated));
        var notified = Column(Figure.LexSarahNotified, m => escalations.Where(e => e.Month == m).Sum(e => e.Notified));
        var received = Column(Figure.Complaints, m => complaints.Where(c => c.Month == m && c.Kind == ComplaintKind).Sum(c => c.Count));
        return months.Select((m, i) => new JointAnalysisMonth
        {
            Month = Months.Format(m),
            LexSarahReports = reports[i].ToProto(threshold),
            LexSarahInvestigated = investigated[i].ToProto(threshold),
            LexSarahNotified = notified[i].ToProto(threshold),
            Complaints = received[i].ToProto(threshold),
        });
    }
}
