using Ledningssystem.Reporting.AnnualReports.Domain;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.AnnualReports.Reminders;

/// <summary>A tenant was reminded that its patientsäkerhetsberättelse for <see cref="Year"/> was not published in time; raised once per year.</summary>
public sealed class AnnualReportReminder : ITenantOwned
{
    private AnnualReportReminder()
    {
    }

    public string TenantId { get; set; } = "";

    public int Year { get; private set; }

    public AnnualReportKind Kind { get; private set; }

    /// <summary>1 March of the year after <see cref="Year"/> (PSL 3 kap. 10 §).</summary>
    public DateOnly DueOn { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public static DateOnly PatientSafetyDueOn(int year) => new(year + 1, 3, 1);

    public static AnnualReportReminder PatientSafety(string tenantId, int year, DateTimeOffset now) => new()
    {
        TenantId = tenantId, Year = year, Kind = AnnualReportKind.PatientSafety, DueOn = PatientSafetyDueOn(year), RaisedAt = now,
    };
}
