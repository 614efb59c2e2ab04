using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Ledningssystem.ServiceDefaults.Calendar;

namespace Ledningssystem.Reporting.Tests;

/// <summary>The statistics tables as CSV and .xlsx: read back, they hold the rows GetStatistics answers, in Swedish.</summary>
[Collection(SourcesGroup.Name)]
public sealed class StatisticsExportTests(SourcesFixture platform)
{
    private static readonly string[] Headers = ["Månad", "Slag", "Kategori", "Status", "Antal"];

    [Theory]
    [InlineData(Subject.Incidents, "")]
    [InlineData(Subject.Complaints, "")]
    [InlineData(Subject.Incidents, Demo.HemtjanstNorr)]
    [Trait("Category", "Database")]
    public async Task The_CSV_and_the_xlsx_read_back_equal_the_statistics(Subject subject, string unitId)
    {
        var request = Statistics.ThisMonth(subject, unitId);
        var expected = (await (await platform.ReportingAsAsync(Demo.AldreMas)).AllAsync(request))
            .Select(r => string.Join('|', r.Month, Kind(r.Kind), r.Category, Status(r.Status), r.Count)).ToList();
        var exports = await platform.ExportsAsAsync(Demo.AldreMas);

        var csv = await AnnualReportCalls.ReadFileAsync(exports.ExportStatistics(new ExportStatisticsRequest { Statistics = request, Format = ExportFormat.Csv }));
        var xlsx = await AnnualReportCalls.ReadFileAsync(exports.ExportStatistics(new ExportStatisticsRequest { Statistics = request, Format = ExportFormat.Xlsx }));

        Assert.NotEmpty(expected);
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv.Content[..3]);
        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        var lines = Encoding.UTF8.GetString(csv.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(';', Headers), lines[0]);
        Assert.Equal(expected, lines.Skip(1).Select(l => l.Replace(';', '|')));

        var sheet = Sheet(xlsx.Content);
        Assert.Equal(Headers, sheet[0]);
        Assert.Equal(expected, sheet.Skip(1).Select(r => string.Join('|', r)));
        Assert.EndsWith(".xlsx", xlsx.FileName, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task The_quarterly_compilation_as_CSV_shows_the_small_counts_as_fewer_than_five()
    {
        var today = SwedishCalendar.Today(TimeProvider.System);
        var compilation = new GetQuarterlyCompilationRequest { Year = today.Year, Quarter = ((today.Month - 1) / 3) + 1 };
        var exports = await platform.ExportsAsAsync(Demo.AldreMas);

        var csv = await AnnualReportCalls.ReadFileAsync(exports.ExportQuarterlyCompilation(new ExportQuarterlyCompilationRequest { Compilation = compilation, Format = ExportFormat.Csv }));
        var xlsx = Sheet((await AnnualReportCalls.ReadFileAsync(
            exports.ExportQuarterlyCompilation(new ExportQuarterlyCompilationRequest { Compilation = compilation, Format = ExportFormat.Xlsx }))).Content);

        var lines = Encoding.UTF8.GetString(csv.Content[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Avvikelser;Totalt;11;0", lines);
        Assert.Contains("Avvikelser;Fel och brister (SoL, LSS);6;0", lines);
        Assert.Contains("Avvikelser;Avvikelser i hälso- och sjukvården (HSL);färre än 5;0", lines);
        Assert.Contains("Klagomål och synpunkter;Totalt;färre än 5;0", lines);
        Assert.Equal(lines.Skip(1), xlsx.Skip(1).Select(r => string.Join(';', r)));
    }

    [Fact]
    public async Task Exports_are_refused_as_the_statistics_are()
    {
        var manager = await platform.ExportsAsAsync(Demo.AldreUnitManager);
        var committee = await platform.ExportsAsAsync(Demo.SocialCommittee);
        var mas = await platform.ExportsAsAsync(Demo.AldreMas);

        await Expect.FailsAsync(StatusCode.PermissionDenied, AnnualReportCalls.ReadFileAsync(
            manager.ExportStatistics(new ExportStatisticsRequest { Statistics = Statistics.ThisMonth(Subject.Incidents), Format = ExportFormat.Csv })));
        await Expect.FailsAsync(StatusCode.NotFound, AnnualReportCalls.ReadFileAsync(
            committee.ExportStatistics(new ExportStatisticsRequest { Statistics = Statistics.ThisMonth(Subject.Incidents, Demo.HemtjanstNorr), Format = ExportFormat.Xlsx })));
        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, AnnualReportCalls.ReadFileAsync(
            mas.ExportStatistics(new ExportStatisticsRequest { Statistics = new GetStatisticsRequest { Subject = Subject.Incidents, FromMonth = "2026-13", ToMonth = "2026-01" }, Format = ExportFormat.Pdf })));
        Assert.Equal(["format", "from_month"], Expect.FieldViolations(refused));
    }

    private static string Kind(string kind) => kind switch
    {
        "INCIDENT_KIND_SOCIAL_CARE" => "Fel och brister (SoL, LSS)",
        "INCIDENT_KIND_HEALTH_CARE" => "Avvikelser i hälso- och sjukvården (HSL)",
        "" => "Ännu inte bedömda",
        "COMPLAINT_KIND_COMPLAINT" => "Klagomål",
        "COMPLAINT_KIND_PRAISE" => "Beröm",
        _ => throw new ArgumentException($"The seeded cases have no kind {kind}.", nameof(kind)),
    };

    private static string Status(CaseStatus status) => status switch
    {
        CaseStatus.New => "Ny",
        CaseStatus.InProgress => "Under handläggning",
        CaseStatus.Closed => "Avslutad",
        _ => throw new ArgumentException($"No status {status}.", nameof(status)),
    };

    /// <summary>The first sheet's rows, each cell as its text (numbers as written).</summary>
    private static List<string[]> Sheet(byte[] content)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var part = workbook.WorkbookPart!.WorksheetParts.Single();
        return [.. part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>()
            .Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue!.Text).ToArray())];
    }
}
