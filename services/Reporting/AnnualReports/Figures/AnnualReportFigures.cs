using System.Text.Json;
using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.AnnualReports.Figures;

/// <summary>
/// The figures of a berättelse: live from the read model until it is approved, then as they were frozen at approval,
/// so that what was approved is what is published and exported however many late events arrive.
/// </summary>
public sealed class AnnualReportFigures(ReportingDb db, IEnumerable<ISectionFigures> providers)
{
    public async Task<IReadOnlyList<SectionFigures>> OfAsync(AnnualReport report, CancellationToken cancellationToken) =>
        report.FrozenFigures is { } frozen ? Thaw(frozen) : await LiveAsync(report.Year, cancellationToken);

    /// <summary>The current tenant's figures for <paramref name="year"/>, each section's provider in turn, suppressed by the tenant's threshold.</summary>
    public async Task<IReadOnlyList<SectionFigures>> LiveAsync(int year, CancellationToken cancellationToken)
    {
        var threshold = (await db.TenantSettingsAsync(cancellationToken)).SuppressionThreshold;
        var sections = new List<SectionFigures>();
        foreach (var provider in providers.OrderBy(p => p.Section))
        {
            sections.Add(new SectionFigures(provider.Section, await provider.TablesAsync(year, threshold, cancellationToken)));
        }
        return sections;
    }

    public static string Freeze(IReadOnlyList<SectionFigures> figures) => JsonSerializer.Serialize(figures);

    private static List<SectionFigures> Thaw(string frozen) =>
        JsonSerializer.Deserialize<List<SectionFigures>>(frozen) ?? throw new InvalidOperationException("The frozen figures of a report are empty.");
}
