namespace Ledningssystem.Reporting.QualityCouncil.Domain;

/// <summary>What an event tells about one planned occurrence of an egenkontroll activity; every field optional.</summary>
public sealed record OccurrenceFact(string OccurrenceId)
{
    public string? UnitId { get; init; }

    public string? ActivityId { get; init; }

    public string? ActivityName { get; init; }

    /// <summary>The month it is planned for (<see cref="Reporting.Domain.Months"/>' yyyymm).</summary>
    public int? Month { get; init; }

    public DateOnly? DueOn { get; init; }

    public bool InternalControl { get; init; }

    public DateTimeOffset? CarriedOutAt { get; init; }

    public long? ScoreHundredths { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public string? CancelReason { get; init; }

    /// <summary>SelfInspection announced it overdue.</summary>
    public bool Overdue { get; init; }
}

/// <summary>
/// An occurrence of the egenkontroll as planned (InspectionScheduled) and what became of it: carried out, cancelled or
/// overdue. Each source event tells one part, once, so merging fills the parts in whatever order they come; a
/// completion that arrives before its schedule still ends carried out. It counts in no counter.
/// </summary>
public sealed class OccurrenceRecord : IMergedRecord<OccurrenceFact>
{
    private OccurrenceRecord()
    {
    }

    public OccurrenceRecord(string key) => Key = key;

    public string TenantId { get; set; } = "";

    /// <summary>The occurrence id.</summary>
    public string Key { get; private set; } = "";

    public string? UnitId { get; private set; }

    public string? ActivityId { get; private set; }

    public string ActivityName { get; private set; } = "";

    public int? Month { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public bool InternalControl { get; private set; }

    public DateTimeOffset? CarriedOutAt { get; private set; }

    public long? ScoreHundredths { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelReason { get; private set; }

    public bool OverdueAnnounced { get; private set; }

    public bool Apply(OccurrenceFact fact)
    {
        var before = (UnitId, ActivityId, ActivityName, Month, DueOn, InternalControl, CarriedOutAt, ScoreHundredths, CancelledAt, CancelReason, OverdueAnnounced);
        UnitId ??= fact.UnitId;
        ActivityId ??= fact.ActivityId;
        if (ActivityName.Length == 0 && fact.ActivityName is { Length: > 0 } name)
        {
            ActivityName = name;
        }
        Month ??= fact.Month;
        DueOn ??= fact.DueOn;
        InternalControl |= fact.InternalControl;
        if (CarriedOutAt is null && fact.CarriedOutAt is { } carriedOut)
        {
            (CarriedOutAt, ScoreHundredths) = (carriedOut, fact.ScoreHundredths);
        }
        if (CancelledAt is null && fact.CancelledAt is { } cancelled)
        {
            (CancelledAt, CancelReason) = (cancelled, fact.CancelReason);
        }
        OverdueAnnounced |= fact.Overdue;
        return before != (UnitId, ActivityId, ActivityName, Month, DueOn, InternalControl, CarriedOutAt, ScoreHundredths, CancelledAt, CancelReason, OverdueAnnounced);
    }

    public IReadOnlyList<Cell> Cells() => [];

    /// <summary>
    /// Where it stands on <paramref name="today"/> (Swedish time): carried out wins over everything (SelfInspection never
    /// cancels a carried-out occurrence, and an overdue one may still be carried out), then cancelled, then overdue
    /// once its due day has passed or SelfInspection said so.
    /// </summary>
    public OccurrenceOutcome OutcomeOn(DateOnly today) =>
        CarriedOutAt is not null ? OccurrenceOutcome.CarriedOut
        : CancelledAt is not null ? OccurrenceOutcome.Cancelled
        : OverdueAnnounced || DueOn < today ? OccurrenceOutcome.Overdue
        : OccurrenceOutcome.Planned;
}

public enum OccurrenceOutcome
{
    Planned,
    CarriedOut,
    Overdue,
    Cancelled,
}
