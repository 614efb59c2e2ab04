using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.Domain;

/// <summary>
/// The read model's memory of one source case: only what the counts need (unit, month, kind, categories and the
/// instants of its steps), no person and no text. Facts are merged so that a repeated or late event changes
/// nothing: the first unit, month and kind stay, the latest classification wins, and the status follows from the
/// latest close and the latest reopening. The counters hold exactly the <see cref="Cells"/> of every record.
/// </summary>
public sealed class CaseRecord : ITenantOwned
{
    private const char CategorySeparator = ' ';

    private CaseRecord()
    {
    }

    public CaseRecord(CaseType type, string caseId)
    {
        Type = type;
        CaseId = caseId;
    }

    public string TenantId { get; set; } = "";

    public CaseType Type { get; private set; }

    public string CaseId { get; private set; } = "";

    public string? UnitId { get; private set; }

    public int? Month { get; private set; }

    public string Kind { get; private set; } = "";

    /// <summary>The category ids, space-separated (ids never hold spaces).</summary>
    public string Categories { get; private set; } = "";

    public DateTimeOffset? CategoriesAt { get; private set; }

    public DateTimeOffset? ProgressedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? ReopenedAt { get; private set; }

    /// <summary>
    /// Guards against two transactions merging into one record at once (a live event during a rebuild): each write
    /// stores it one higher than it was read, and only over the version read.
    /// </summary>
    public int Version { get; private set; }

    public CaseStatus Status =>
        ClosedAt is { } closed && !(ReopenedAt > closed) ? CaseStatus.Closed
        : ProgressedAt is not null || ReopenedAt is not null ? CaseStatus.InProgress
        : CaseStatus.New;

    /// <summary>Merges what an event told; returns whether anything changed.</summary>
    public bool Apply(CaseFact fact)
    {
        if (fact.Type != Type || fact.CaseId != CaseId)
        {
            throw new ArgumentException($"The fact concerns {fact.Type} {fact.CaseId}, not {Type} {CaseId}.", nameof(fact));
        }
        var before = (UnitId, Month, Kind, Categories, CategoriesAt, ProgressedAt, ClosedAt, ReopenedAt);
        UnitId ??= fact.UnitId;
        Month ??= fact.Month;
        if (Kind.Length == 0 && fact.Kind is { Length: > 0 } kind)
        {
            Kind = kind;
        }
        if (fact.Categories is { } categories && fact.CategoriesAt is { } at && !(CategoriesAt >= at))
        {
            Categories = string.Join(CategorySeparator, categories.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            CategoriesAt = at;
        }
        ProgressedAt = Earliest(ProgressedAt, fact.ProgressedAt);
        ClosedAt = Latest(ClosedAt, fact.ClosedAt);
        ReopenedAt = Latest(ReopenedAt, fact.ReopenedAt);
        return before != (UnitId, Month, Kind, Categories, CategoriesAt, ProgressedAt, ClosedAt, ReopenedAt);
    }

    /// <summary>The counters the case adds one to; none until its unit and month are known (its first event may come late).</summary>
    public IReadOnlyList<CounterKey> Cells()
    {
        if (UnitId is not { } unit || Month is not { } month)
        {
            return [];
        }
        var status = Status;
        if (Type == CaseType.Incident)
        {
            return [new CounterKey(Subject.Incidents, unit, month, Kind, Categories, status)];
        }
        var categories = Categories.Length == 0 ? [""] : Categories.Split(CategorySeparator);
        return
        [
            new CounterKey(Subject.Complaints, unit, month, Kind, "", status),
            .. categories.Select(category => new CounterKey(Subject.ComplaintCategories, unit, month, Kind, category, status)),
        ];
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a < b ? a : b);

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
