namespace Ledningssystem.SelfInspection.Domain;

/// <summary>What a plan says about one activity, as its author gives it.</summary>
public sealed record ActivitySpec(
    string Name,
    InspectionMethod Method,
    string ResponsibleRole,
    string? ResponsibleUserId,
    Frequency Frequency,
    IReadOnlyList<int> Months,
    int StartMonth,
    string? DocumentId,
    string? RiskId,
    string? ChecklistTemplateId,
    bool HealthCare);

/// <summary>
/// One activity of a plan (Vad, Vem, Uppföljning): the method, who is responsible, how often, the rutin it checks and
/// the risk it controls. Its id stays the same through the plan's versions and next year's copy.
/// </summary>
public sealed class Activity
{
    private static readonly int[] QuarterEnds = [3, 6, 9, 12];
    private static readonly int[] TertialEnds = [4, 8, 12];

    private Activity()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public InspectionMethod Method { get; private set; }

    public string ResponsibleRole { get; private set; } = "";

    public string? ResponsibleUserId { get; private set; }

    public Frequency Frequency { get; private set; }

    public List<int> Months { get; private set; } = [];

    /// <summary>The first month it runs (1-12); later than January for an activity that starts mid-year.</summary>
    public int StartMonth { get; private set; } = 1;

    public string? DocumentId { get; private set; }

    public string? RiskId { get; private set; }

    public string? ChecklistTemplateId { get; private set; }

    public bool HealthCare { get; private set; }

    /// <summary>The rutin it checks was archived in Documents: the plan should be revised.</summary>
    public bool DocumentArchived { get; private set; }

    public static Activity Create(string id, ActivitySpec spec)
    {
        var startMonth = spec.StartMonth == 0 ? 1 : spec.StartMonth;
        if (startMonth is < 1 or > 12 || spec.Months.Any(m => m is < 1 or > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), "Months are 1 to 12.");
        }
        if (spec.Frequency == Frequency.ChosenMonths && spec.Months.Count == 0)
        {
            throw new ArgumentException("Chosen months need at least one month.", nameof(spec));
        }
        return new Activity
        {
            Id = id,
            Name = spec.Name.Trim(),
            Method = spec.Method,
            ResponsibleRole = spec.ResponsibleRole.Trim(),
            ResponsibleUserId = NullIfEmpty(spec.ResponsibleUserId),
            Frequency = spec.Frequency,
            Months = spec.Frequency == Frequency.ChosenMonths ? [.. spec.Months.Distinct().Order()] : [],
            StartMonth = startMonth,
            DocumentId = NullIfEmpty(spec.DocumentId),
            RiskId = NullIfEmpty(spec.RiskId),
            ChecklistTemplateId = NullIfEmpty(spec.ChecklistTemplateId),
            HealthCare = spec.HealthCare,
        };
    }

    /// <summary>The months of the year it is carried out in, from its start month on.</summary>
    public IReadOnlyList<int> MonthsOfYear() => Frequency switch
    {
        Frequency.Once or Frequency.Yearly => [StartMonth],
        Frequency.Monthly => [.. Enumerable.Range(StartMonth, 13 - StartMonth)],
        Frequency.Quarterly => [.. QuarterEnds.Where(m => m >= StartMonth)],
        Frequency.Tertial => [.. TertialEnds.Where(m => m >= StartMonth)],
        _ => [.. Months.Where(m => m >= StartMonth)],
    };

    /// <summary>The same activity in another version of the plan.</summary>
    public Activity Copy()
    {
        var copy = (Activity)MemberwiseClone();
        copy.Months = [.. Months];
        return copy;
    }

    /// <summary>The activity in next year's plan: from January, unless it ran only once.</summary>
    public Activity? ForNextYear()
    {
        if (Frequency == Frequency.Once)
        {
            return null;
        }
        var copy = Copy();
        copy.StartMonth = 1;
        return copy;
    }

    public void FlagArchivedDocument() => DocumentArchived = true;

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
