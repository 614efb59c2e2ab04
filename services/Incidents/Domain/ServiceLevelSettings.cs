using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Incidents.Domain;

/// <summary>A tenant's deadlines for its incidents; a tenant that set none works with <see cref="Defaults"/>.</summary>
public sealed class ServiceLevelSettings : ITenantOwned
{
    public const int MaxWorkingDays = 60;
    public const int MaxWarningHours = 240;

    private ServiceLevelSettings()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    /// <summary>Triage within 2 working days: lex Sarah must be handled "genast", so the default is short.</summary>
    public int TriageWorkingDays { get; private set; } = 2;

    public int InvestigationStartWorkingDays { get; private set; } = 2;

    public int InvestigationWorkingDays { get; private set; } = 14;

    /// <summary>IVO "snarast" after the decision to notify.</summary>
    public int NotificationWorkingDays { get; private set; } = 2;

    public int WarningHours { get; private set; } = 24;

    public static ServiceLevelSettings Defaults(string tenantId) => new() { TenantId = tenantId };

    public TimeSpan Warning => TimeSpan.FromHours(WarningHours);

    public void Change(int triageWorkingDays, int investigationStartWorkingDays, int investigationWorkingDays, int notificationWorkingDays, int warningHours)
    {
        TriageWorkingDays = triageWorkingDays;
        InvestigationStartWorkingDays = investigationStartWorkingDays;
        InvestigationWorkingDays = investigationWorkingDays;
        NotificationWorkingDays = notificationWorkingDays;
        WarningHours = warningHours;
    }
}
