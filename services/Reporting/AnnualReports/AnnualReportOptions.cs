namespace Ledningssystem.Reporting.AnnualReports;

/// <summary>Configuration section "Reporting:AnnualReports" (docs/reporting.md).</summary>
public sealed class AnnualReportOptions
{
    public const string SectionName = "Reporting:AnnualReports";

    /// <summary>How often the export worker looks for queued jobs it was not told of (another replica's, or after a restart).</summary>
    public TimeSpan ExportScanInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a finished export's file is kept for download.</summary>
    public TimeSpan ExportRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the reminder looks for patientsäkerhetsberättelser not yet published.</summary>
    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How many days before 1 March a tenant whose patientsäkerhetsberättelse for last year is not published is reminded.</summary>
    public int ReminderDaysBeforeDue { get; set; } = 30;
}
