using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using UglyToad.PdfPig;

namespace Ledningssystem.Reporting.Tests;

/// <summary>
/// The patientsäkerhetsberättelse rendered by the export job, polled to 100 % and downloaded in chunks: the PDF and the
/// Word document open, carry the staff's text, the seeded cases' counts (small ones as "färre än 5") and the charts.
/// </summary>
[Collection(SourcesGroup.Name)]
public sealed class AnnualReportExportTests(SourcesFixture platform)
{
    private const string Goals = "Vi arbetar för en säker vård och omsorg för alla brukare i äldreomsorgen.";

    [Fact]
    [Trait("Category", "Database")]
    public async Task The_patientsäkerhetsberättelse_as_PDF_and_Word_contains_the_text_the_seeded_counts_and_the_charts()
    {
        var mas = await platform.AnnualReportsAsAsync(Demo.AldreMas);
        var report = (await mas.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.PatientSafety, Year = AnnualReportCalls.ThisYear })).Report;
        await mas.WriteAnnualReportSectionAsync(new WriteAnnualReportSectionRequest { ReportId = report.ReportId, Section = AnnualReportSection.GoalsAndStrategies, Text = Goals });
        var byKind = Statistics.ByKind(await (await platform.ReportingAsAsync(Demo.AldreMas)).AllAsync(new GetStatisticsRequest
        {
            Subject = Subject.Incidents, FromMonth = $"{AnnualReportCalls.ThisYear}-01", ToMonth = $"{AnnualReportCalls.ThisYear}-12",
        }));
        var socialCare = byKind["INCIDENT_KIND_SOCIAL_CARE"];
        var total = byKind.Values.Sum();
        var month = FigureMonth();

        var pdf = await ExportAsync(mas, report.ReportId, ExportFormat.Pdf);
        var word = await ExportAsync(mas, report.ReportId, ExportFormat.Docx);

        Assert.Equal($"Patientsäkerhetsberättelse {AnnualReportCalls.ThisYear}.pdf", pdf.FileName);
        Assert.Equal("application/pdf", pdf.ContentType);
        using (var document = PdfDocument.Open(pdf.Content))
        {
            var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains($"Patientsäkerhetsberättelse {AnnualReportCalls.ThisYear}", text);
            Assert.Contains("Äldrenämnden", text);
            Assert.Contains(Goals, text);
            Assert.Contains("Organisatoriskt ansvar för patientsäkerhetsarbetet Avsnittet är inte ifyllt.", text);
            Assert.Contains($"Fel och brister (SoL, LSS) {socialCare} 0", text);
            Assert.Contains("Avvikelser i hälso- och sjukvården (HSL) färre än 5 0", text);
            Assert.Contains($"{month} {total}", text);
            // Avvikelser per kind and per month; the four seeded klagomål are under five, so their charts have nothing to show.
            Assert.Equal(2, document.GetPages().Sum(p => p.GetImages().Count()));
        }

        Assert.Equal($"Patientsäkerhetsberättelse {AnnualReportCalls.ThisYear}.docx", word.FileName);
        using (var document = WordprocessingDocument.Open(new MemoryStream(word.Content), false))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            Assert.Contains(Goals, body.Descendants<Paragraph>().Select(p => p.InnerText));
            Assert.Contains("Egenkontroll", body.Descendants<Paragraph>().Select(p => p.InnerText));
            var rows = body.Descendants<TableRow>().Select(r => string.Join('|', r.Elements<TableCell>().Select(c => c.InnerText))).ToList();
            Assert.Contains($"Fel och brister (SoL, LSS)|{socialCare}|0", rows);
            Assert.Contains("Avvikelser i hälso- och sjukvården (HSL)|färre än 5|0", rows);
            Assert.Contains($"{month}|{total}", rows);
            Assert.Equal(2, document.MainDocumentPart.ImageParts.Count());
        }
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_file_that_is_not_done_cannot_be_downloaded_and_an_unknown_export_is_not_found()
    {
        var mas = await platform.AnnualReportsAsAsync(Demo.AldreMas);

        await Expect.FailsAsync(Grpc.Core.StatusCode.NotFound, mas.GetAnnualReportExportAsync(new GetAnnualReportExportRequest { ExportId = "finns-inte" }));
        await Expect.FailsAsync(Grpc.Core.StatusCode.NotFound,
            AnnualReportCalls.ReadFileAsync(mas.DownloadAnnualReportExport(new DownloadAnnualReportExportRequest { ExportId = "finns-inte" })));
    }

    private static async Task<(string FileName, string ContentType, byte[] Content)> ExportAsync(
        AnnualReportService.AnnualReportServiceClient client, string reportId, ExportFormat format)
    {
        var started = await client.StartAnnualReportExportAsync(new StartAnnualReportExportRequest { ReportId = reportId, Format = format });
        var seen = await client.PollAsync(started.Export.ExportId);

        var last = seen[^1];
        Assert.True(last.Status == ExportStatus.Done, $"The export failed: {last.Error}");
        Assert.Equal(100, last.Percent);
        Assert.Equal("Klar", last.Step);
        Assert.Equal(seen.Select(s => s.Percent).Order(), seen.Select(s => s.Percent));
        var file = await AnnualReportCalls.ReadFileAsync(client.DownloadAnnualReportExport(new DownloadAnnualReportExportRequest { ExportId = started.Export.ExportId }));
        Assert.Equal(last.SizeBytes, file.Content.Length);
        Assert.Equal(last.FileName, file.FileName);
        return (file.FileName, file.ContentType, file.Content);
    }

    /// <summary>This month's Swedish name, as the month table prints it.</summary>
    private static string FigureMonth()
    {
        string[] names = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
        return names[int.Parse(SourcesFixture.ThisMonth[5..], System.Globalization.CultureInfo.InvariantCulture) - 1];
    }
}
