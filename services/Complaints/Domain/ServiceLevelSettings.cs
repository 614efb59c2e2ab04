using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Complaints.Domain;

/// <summary>A tenant's deadlines for its complaints, in working days from the day received; <see cref="Defaults"/> until set.</summary>
public sealed class ServiceLevelSettings : ITenantOwned
{
    public const int MaxWorkingDays = 120;

    private ServiceLevelSettings()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public int AcknowledgeWorkingDays { get; private set; } = 2;

    /// <summary>"Snarast": four weeks of working days unless the tenant decides otherwise.</summary>
    public int AnswerWorkingDays { get; private set; } = 20;

    public static ServiceLevelSettings Defaults(string tenantId) => new() { TenantId = tenantId };

    public void Change(int acknowledgeWorkingDays, int answerWorkingDays)
    {
        if (acknowledgeWorkingDays is < 0 or > MaxWorkingDays || answerWorkingDays is < 0 or > MaxWorkingDays)
        {
            throw new ArgumentOutOfRangeException(nameof(acknowledgeWorkingDays), $"Service levels are 0 to {MaxWorkingDays} working days.");
        }
        AcknowledgeWorkingDays = acknowledgeWorkingDays;
        AnswerWorkingDays = answerWorkingDays;
    }
}
