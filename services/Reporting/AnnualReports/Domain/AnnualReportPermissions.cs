using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Reporting.AnnualReports.Domain;

/// <summary>
/// Who does what with the berättelser, all tenant-wide (a role held on the tenant's top unit): quality staff write, the
/// verksamhetschef or MAS approves (the vårdgivare's responsibility under PSL 3 kap. 10 §), and the reports are read by
/// those who read the statistics.
/// </summary>
public static class AnnualReportPermissions
{
    public static readonly Permission Read = new(
        "reporting.annual-reports.read",
        Role.Committee, Role.AdministrationHead, Role.QualityDeveloper, Role.Mas, Role.Mar, Role.HealthCareManager, Role.TenantAdmin);

    public static readonly Permission Write = new("reporting.annual-reports.write", Role.QualityDeveloper, Role.Mas, Role.Mar);

    public static readonly Permission Approve = new("reporting.annual-reports.approve", Role.HealthCareManager, Role.Mas);

    public static readonly Permission Publish = new(
        "reporting.annual-reports.publish", Role.HealthCareManager, Role.Mas, Role.QualityDeveloper, Role.AdministrationHead);
}
