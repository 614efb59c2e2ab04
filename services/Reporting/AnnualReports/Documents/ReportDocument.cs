using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.AnnualReports.Figures;

namespace Ledningssystem.Reporting.AnnualReports.Documents;

/// <summary>One section as the documents print it: heading, the staff's text (paragraphs split at blank lines) and the tables.</summary>
public sealed record DocumentSection(string Heading, IReadOnlyList<string> Paragraphs, IReadOnlyList<FigureTable> Tables);

/// <summary>What a PDF or .docx of a berättelse contains, in Swedish, independent of the format.</summary>
public sealed record ReportDocument(string Title, string ProviderName, string Status, IReadOnlyList<DocumentSection> Sections)
{
    public const string NoText = "Avsnittet är inte ifyllt.";

    public static ReportDocument Of(AnnualReport report, string providerName, IReadOnlyList<SectionFigures> figures)
    {
        var sections = Enum.GetValues<ReportSection>().Select(section =>
        {
            var text = report.TextOf(section);
            var paragraphs = text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new DocumentSection(
                AnnualReportTexts.Heading(section, report.Kind),
                paragraphs.Length > 0 ? paragraphs : [NoText],
                figures.FirstOrDefault(f => f.Section == section)?.Tables ?? []);
        });
        var status = report.PublishedAt is { } published
            ? $"Publicerad {ServiceDefaults.Calendar.SwedishCalendar.DateOf(published):yyyy-MM-dd}"
            : $"Status: {AnnualReportTexts.State(report.State)}";
        return new ReportDocument(report.Title, providerName, status, [.. sections]);
    }
}
