namespace Ledningssystem.Reporting.QualityCouncil.Domain;

/// <summary>The service a balanslista item comes from.</summary>
public enum SourceService
{
    Incidents = 1,
    Complaints = 2,
    SelfInspection = 3,
    Risks = 4,
}

/// <summary>Where an item stands: known from a completion only (its decision not yet received, or a complaint that met its deadline), open, or completed.</summary>
public enum BalanceItemStatus
{
    Pending = 0,
    Open = 1,
    Completed = 2,
}

/// <summary>What kind of work a balanslista item is; its Swedish wording is <see cref="BalanceItem.What"/>.</summary>
public enum BalanceItemKind
{
    IncidentAction = 1,
    ComplaintAcknowledgement = 2,
    ComplaintAnswer = 3,
    FindingAction = 4,
    RiskAction = 5,
}

/// <summary>What an event tells about one item of the balanslista; every field but the identity optional.</summary>
public sealed record BalanceFact(SourceService Source, BalanceItemKind Kind, string SourceId, string ActionId)
{
    public string Key => BalanceItem.KeyOf(Kind, ActionId);

    public string? UnitId { get; init; }

    public string? Responsible { get; init; }

    /// <summary>When the item became work to do: the action decided, or a complaint's deadline passed.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    public DateOnly? DueOn { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }
}

/// <summary>
/// One item of the balanslista: an action decided in Incidents, SelfInspection or Risks, or a complaint's
/// acknowledgement or answer once its deadline passed. No free text of the source.
/// </summary>
public sealed class BalanceItem : IMergedRecord<BalanceFact>
{
    private BalanceItem()
    {
    }

    public BalanceItem(BalanceFact fact)
    {
        Key = fact.Key;
        Source = fact.Source;
        Kind = fact.Kind;
        SourceId = fact.SourceId;
        ActionId = fact.ActionId;
    }

    public string TenantId { get; set; } = "";

    public string Key { get; private set; } = "";

    public SourceService Source { get; private set; }

    public BalanceItemKind Kind { get; private set; }

    /// <summary>The incident, complaint, finding or risk.</summary>
    public string SourceId { get; private set; } = "";

    public string ActionId { get; private set; } = "";

    /// <summary>Null until told (an incident's actions name no unit: they are listed under their incident's unit).</summary>
    public string? UnitId { get; private set; }

    public string Responsible { get; private set; } = "";

    public DateTimeOffset? StartedAt { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Follows from the instants (<see cref="Apply"/>), kept so that the balanslista is one indexed query.</summary>
    public BalanceItemStatus Status { get; private set; }

    /// <summary>A complaint's acknowledgement or answer is on the list only once its deadline passed.</summary>
    public bool IsComplaintDeadline => Kind is BalanceItemKind.ComplaintAcknowledgement or BalanceItemKind.ComplaintAnswer;

    /// <summary>Open after its due day; a complaint's item is overdue from the start.</summary>
    public bool IsOverdue(DateOnly today) => Status == BalanceItemStatus.Open && (IsComplaintDeadline || DueOn < today);

    /// <summary>In Swedish, from the item's kind.</summary>
    public string What => Kind switch
    {
        BalanceItemKind.IncidentAction => "Åtgärd efter avvikelse",
        BalanceItemKind.ComplaintAcknowledgement => "Bekräfta mottagandet av klagomål eller synpunkt",
        BalanceItemKind.ComplaintAnswer => "Besvara klagomål eller synpunkt",
        BalanceItemKind.FindingAction => "Åtgärd efter brist i egenkontroll",
        BalanceItemKind.RiskAction => "Åtgärd mot risk",
        _ => "",
    };

    public static string KeyOf(BalanceItemKind kind, string actionId) => $"{(int)kind}/{actionId}";

    public bool Apply(BalanceFact fact)
    {
        var before = (UnitId, Responsible, StartedAt, DueOn, CompletedAt);
        UnitId ??= fact.UnitId;
        if (Responsible.Length == 0 && fact.Responsible is { Length: > 0 } responsible)
        {
            Responsible = responsible;
        }
        // A complaint's deadline passes again after a reopening: the latest one is the one to meet.
        if (fact.StartedAt is { } started && !(StartedAt >= started))
        {
            (StartedAt, DueOn) = (started, fact.DueOn ?? DueOn);
        }
        CompletedAt = Merge.Latest(CompletedAt, fact.CompletedAt);
        Status = StatusNow();
        return before != (UnitId, Responsible, StartedAt, DueOn, CompletedAt);
    }

    public IReadOnlyList<Cell> Cells() => [];

    // An action is done once completed; a complaint's deadline only by a completion not earlier than it passed, so a
    // complaint reopened and late again is open again.
    private BalanceItemStatus StatusNow() => StartedAt is not { } started
        ? BalanceItemStatus.Pending
        : IsComplaintDeadline ? (CompletedAt >= started ? BalanceItemStatus.Completed : BalanceItemStatus.Open)
        : CompletedAt is not null ? BalanceItemStatus.Completed : BalanceItemStatus.Open;
}
