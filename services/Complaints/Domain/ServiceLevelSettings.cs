using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Complaints.Domain;

/// <summary>
/// A tenant's deadlines for its complaints, in working days from the day received, and its gallring rule for the
/// complainant's contact details; <see cref="Defaults"/> until set.
/// </summary>
public sealed class ServiceLevelSettings : ITenantOwned
{
    public const int MaxWorkingDays = 120;

    public const int MaxRetentionMonths = 120;

    private ServiceLevelSettings()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public int AcknowledgeWorkingDays { get; private set; } = 2;

    /// <summary>"Snarast": four weeks of working days unless the tenant decides otherwise.</summary>
    public int AnswerWorkingDays { get; private set; } = 20;

    /// <summary>How long the contact details are kept after the complaint is closed or forwarded.</summary>
    public int ContactRetentionMonths { get; private set; } = 24;

    public static ServiceLevelSettings Defaults(string tenantId) => new() { TenantId = tenantId };

    public void Change(int acknowledgeWorkingDays, int answerWorkingDays, int contactRetentionMonths)
    {
        if (acknowledgeWorkingDays is < 0 or > MaxWorkingDays || answerWorkingDays is < 0 or > MaxWorkingDays)
        {
            throw new ArgumentOutOfRangeException(nameof(acknowledgeWorkingDays), $"Service levels are 0 to {MaxWorkingDays} working days.");
        }
        if (contactRetentionMonths is < 1 or > MaxRetentionMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(contactRetentionMonths), $"Contact details are kept 1 to {MaxRetentionMonths} months.");
        }
        AcknowledgeWorkingDays = acknowledgeWorkingDays;
        AnswerWorkingDays = answerWorkingDays;
        ContactRetentionMonths = contactRetentionMonths;
    }
}
