using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.QualityCouncil.Domain;
using Months = Ledningssystem.Reporting.Domain.Months;

namespace Ledningssystem.Reporting.QualityCouncil.Api;

/// <summary>
/// The internkontroll topic's list of planned egenkontroll: per activity, its occurrences in the period and what became
/// of them (carried out with the score, overdue, cancelled with the reason), as of today.
/// </summary>
public static class PlannedControls
{
    /// <summary>Whole activities up to this many occurrences, which keeps the underlag (and a protocol's copy) well under a message's size.</summary>
    public const int MaxOccurrences = 1000;

    /// <summary>
    /// Groups <paramref name="occurrences"/> (ordered by unit and activity, at most <see cref="MaxOccurrences"/> + 1) into
    /// activities; when the limit was passed the last activity may be cut short, so it is left out and the list truncated.
    /// </summary>
    public static (List<PlannedControl> Controls, bool Truncated) Of(IReadOnlyList<OccurrenceRecord> occurrences, DateOnly today)
    {
        var activities = occurrences.GroupBy(o => (o.UnitId, o.ActivityId)).ToList();
        var truncated = occurrences.Count > MaxOccurrences;
        if (truncated)
        {
            activities.RemoveAt(activities.Count - 1);
        }
        return ([.. activities.Select(a => Control([.. a], today))], truncated);
    }

    private static PlannedControl Control(IReadOnlyList<OccurrenceRecord> occurrences, DateOnly today)
    {
        var first = occurrences[0];
        var listed = occurrences.Select(o => Occurrence(o, today)).ToList();
        return new PlannedControl
        {
            ActivityId = first.ActivityId ?? "",
            ActivityName = occurrences.Select(o => o.ActivityName).FirstOrDefault(n => n.Length > 0) ?? "",
            UnitId = first.UnitId ?? "",
            InternalControl = occurrences.Any(o => o.InternalControl),
            Planned = listed.Count,
            CarriedOut = listed.Count(o => o.State == PlannedControlState.CarriedOut),
            NotCarriedOut = listed.Count(o => o.State is PlannedControlState.Overdue or PlannedControlState.Cancelled),
            Occurrences = { listed },
        };
    }

    private static PlannedControlOccurrence Occurrence(OccurrenceRecord occurrence, DateOnly today)
    {
        var state = occurrence.OutcomeOn(today) switch
        {
            OccurrenceOutcome.CarriedOut => PlannedControlState.CarriedOut,
            OccurrenceOutcome.Cancelled => PlannedControlState.Cancelled,
            OccurrenceOutcome.Overdue => PlannedControlState.Overdue,
            _ => PlannedControlState.Planned,
        };
        return new PlannedControlOccurrence
        {
            Month = Months.Format(occurrence.Month ?? 0),
            State = state,
            Score = state == PlannedControlState.CarriedOut ? (occurrence.ScoreHundredths ?? 0) / 100.0 : 0,
            CancelReason = state == PlannedControlState.Cancelled ? occurrence.CancelReason ?? "" : "",
        };
    }
}
