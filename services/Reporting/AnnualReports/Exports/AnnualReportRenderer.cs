using Ledningssystem.Reporting.AnnualReports.Documents;
using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.Reporting.AnnualReports.Figures;
using Ledningssystem.ServiceDefaults.Access;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Reporting.AnnualReports.Exports;

/// <summary>Renders a berättelse of the current tenant as a file, telling its progress as it goes (percent and a Swedish step).</summary>
public sealed class AnnualReportRenderer(AnnualReportFigures figures, IOrganizationDirectory organization, IOptions<DocumentOptions> options)
{
    public async Task<(string FileName, byte[] Content)> RenderAsync(
        AnnualReport report, DocumentFormat format, Func<int, string, Task> progress, CancellationToken cancellationToken)
    {
        await progress(5, "Hämtar siffror");
        var document = ReportDocument.Of(report, await organization.TenantNameAsync(cancellationToken) ?? "", await figures.OfAsync(report, cancellationToken));

        DocumentFonts.Install(options.Value);
        var charts = new ChartImages();
        var charted = ChartImages.Charted(document).ToList();
        for (var i = 0; i < charted.Count; i++)
        {
            await progress(10 + (60 * i / Math.Max(1, charted.Count)), $"Ritar diagram {i + 1} av {charted.Count}");
            charts.Draw(charted[i]);
        }
        await progress(75, format == DocumentFormat.Pdf ? "Skriver PDF-dokumentet" : "Skriver Word-dokumentet");
        var content = format == DocumentFormat.Pdf ? PdfReportWriter.Write(document, charts) : WordReportWriter.Write(document, charts);
        return ($"{report.Title}.{(format == DocumentFormat.Pdf ? "pdf" : "docx")}", content);
    }
}
