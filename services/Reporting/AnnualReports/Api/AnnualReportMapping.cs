using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Reporting.AnnualReports.Figures;
using Proto = Ledningssystem.Contracts.Reporting.V1;

namespace Ledningssystem.Reporting.AnnualReports.Api;

/// <summary>Between the berättelse's domain and its contract.</summary>
internal static class AnnualReportMapping
{
    public static Domain.AnnualReportKind ToDomain(this Proto.AnnualReportKind kind) => kind switch
    {
        Proto.AnnualReportKind.PatientSafety => Domain.AnnualReportKind.PatientSafety,
        Proto.AnnualReportKind.Quality => Domain.AnnualReportKind.Quality,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The validator lets only defined kinds through."),
    };

    public static Proto.AnnualReportKind ToProto(this Domain.AnnualReportKind kind) => kind switch
    {
        Domain.AnnualReportKind.PatientSafety => Proto.AnnualReportKind.PatientSafety,
        Domain.AnnualReportKind.Quality => Proto.AnnualReportKind.Quality,
        _ => Proto.AnnualReportKind.Unspecified,
    };

    public static Domain.ReportSection ToDomain(this Proto.AnnualReportSection section) =>
        System.Enum.IsDefined((Domain.ReportSection)(int)section) ? (Domain.ReportSection)(int)section
            : throw new ArgumentOutOfRangeException(nameof(section), section, "The validator lets only defined sections through.");

    public static Exports.DocumentFormat ToDocumentFormat(this Proto.ExportFormat format) => format switch
    {
        Proto.ExportFormat.Pdf => Exports.DocumentFormat.Pdf,
        Proto.ExportFormat.Docx => Exports.DocumentFormat.Docx,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The validator lets only PDF and DOCX through."),
    };

    public static Proto.AnnualReportState ToProto(this Domain.AnnualReportState state) => (Proto.AnnualReportState)(int)state;

    public static Proto.AnnualReport ToProto(this Domain.AnnualReport report, IReadOnlyList<SectionFigures> figures) => new()
    {
        ReportId = report.Id,
        Kind = report.Kind.ToProto(),
        Year = report.Year,
        State = report.State.ToProto(),
        Title = report.Title,
        Sections = { Sections(report, figures) },
        History =
        {
            report.History.Select(h => new Proto.AnnualReportStep
            {
                Step = h.Step,
                FromState = h.FromState?.ToProto() ?? Proto.AnnualReportState.Unspecified,
                ToState = h.ToState.ToProto(),
                UserId = h.UserId,
                UserName = h.UserName,
                At = Timestamp.FromDateTimeOffset(h.At),
                Note = h.Note,
            }),
        },
        PublishedAt = report.PublishedAt is { } published ? Timestamp.FromDateTimeOffset(published) : null,
    };

    public static Proto.AnnualReportSummary ToSummary(this Domain.AnnualReport report) => new()
    {
        ReportId = report.Id, Kind = report.Kind.ToProto(), Year = report.Year, State = report.State.ToProto(), Title = report.Title,
    };

    public static IEnumerable<Proto.ReportSection> Sections(Domain.AnnualReport report, IReadOnlyList<SectionFigures> figures) =>
        System.Enum.GetValues<Domain.ReportSection>().Select(section => new Proto.ReportSection
        {
            Section = (Proto.AnnualReportSection)(int)section,
            Heading = Domain.AnnualReportTexts.Heading(section, report.Kind),
            Text = report.TextOf(section),
            Figures = { (figures.FirstOrDefault(f => f.Section == section)?.Tables ?? []).Select(ToProto) },
        });

    private static Proto.Figure ToProto(FigureTable table) => new()
    {
        Title = table.Title,
        Columns = { table.Columns },
        Rows =
        {
            table.Rows.Select(r => new Proto.FigureRow
            {
                Label = r.Label,
                Values =
                {
                    r.Values.Select(v => new Proto.DisclosedCount { Value = v.Suppressed ? 0 : v.Value, Suppressed = v.Suppressed, Text = table.Text(v) }),
                },
            }),
        },
    };

    public static Proto.AnnualReportExport ToProto(this Exports.AnnualReportExportJob job) => new()
    {
        ExportId = job.Id,
        ReportId = job.ReportId,
        Format = job.Format == Exports.DocumentFormat.Pdf ? Proto.ExportFormat.Pdf : Proto.ExportFormat.Docx,
        Status = (Proto.ExportStatus)(int)job.Status,
        Percent = job.Percent,
        Step = job.Step,
        Error = job.Error,
        FileName = job.FileName,
        SizeBytes = job.SizeBytes,
    };
}
