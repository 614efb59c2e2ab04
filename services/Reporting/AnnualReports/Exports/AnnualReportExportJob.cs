using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.AnnualReports.Exports;

public enum DocumentFormat
{
    Pdf = 1,
    Docx = 2,
}

public enum ExportJobStatus
{
    Queued = 1,
    Running = 2,
    Done = 3,
    Failed = 4,
}

/// <summary>
/// One rendering of a berättelse as a file: queued by a caller, taken by <see cref="AnnualReportExportWorker"/>, its
/// progress (percent and a Swedish step) saved as it goes, and the file (<see cref="AnnualReportExportFile"/>) kept until <see cref="AnnualReportExportWorker"/> removes it.
/// </summary>
public sealed class AnnualReportExportJob : ITenantOwned
{
    private AnnualReportExportJob()
    {
    }

    public string TenantId { get; set; } = "";

    public string Id { get; private set; } = "";

    public string ReportId { get; private set; } = "";

    public DocumentFormat Format { get; private set; }

    public ExportJobStatus Status { get; private set; }

    public int Percent { get; private set; }

    public string Step { get; private set; } = "";

    public string Error { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Changes with every save, so that two workers cannot both take the job.</summary>
    public int Version { get; private set; }

    public static AnnualReportExportJob Queue(string id, string tenantId, AnnualReport report, DocumentFormat format, string requestedBy, DateTimeOffset now) => new()
    {
        Id = id,
        TenantId = tenantId,
        ReportId = report.Id,
        Format = format,
        Status = ExportJobStatus.Queued,
        Step = "I kö",
        RequestedBy = requestedBy,
        RequestedAt = now,
    };

    public void Progress(int percent, string step)
    {
        Status = ExportJobStatus.Running;
        Percent = percent;
        Step = step;
        Version++;
    }

    /// <summary>Done: the file, kept apart so that polling the job does not read it.</summary>
    public AnnualReportExportFile Finish(string fileName, byte[] content, DateTimeOffset now)
    {
        Status = ExportJobStatus.Done;
        Percent = 100;
        Step = "Klar";
        FileName = fileName;
        SizeBytes = content.LongLength;
        FinishedAt = now;
        Version++;
        return new AnnualReportExportFile(Id, TenantId, content);
    }

    public void Fail(string error, DateTimeOffset now)
    {
        Status = ExportJobStatus.Failed;
        Step = "Misslyckades";
        Error = error;
        FinishedAt = now;
        Version++;
    }
}

/// <summary>The rendered file of a finished <see cref="AnnualReportExportJob"/>.</summary>
public sealed class AnnualReportExportFile(string exportId, string tenantId, byte[] content) : ITenantOwned
{
    public string ExportId { get; private set; } = exportId;

    public string TenantId { get; set; } = tenantId;

    public byte[] Content { get; private set; } = content;
}
