namespace Ledningssystem.SelfInspection.Domain;

/// <summary>What approving a plan version does to the year's occurrences.</summary>
public sealed record ScheduleChange(IReadOnlyList<Occurrence> Scheduled, IReadOnlyList<Occurrence> Cancelled);

/// <summary>
/// The occurrences an approved plan needs for its year: one per activity and month of <see cref="Activity.MonthsOfYear"/>.
/// The occurrences of the version it replaces are kept where the new version still has them (open ones follow the new
/// version, done ones stay done); open ones it no longer has are cancelled with the reason.
/// </summary>
public static class PlanScheduling
{
    public static ScheduleChange Apply(InspectionPlan plan, IReadOnlyList<Occurrence> existing, Func<string> newId)
    {
        var byKey = existing.ToDictionary(o => (o.ActivityId, o.Month));
        var wanted = plan.Activities.SelectMany(a => a.MonthsOfYear().Select(month => (Activity: a, Month: month))).ToList();
        var scheduled = new List<Occurrence>();
        foreach (var (activity, month) in wanted)
        {
            if (byKey.Remove((activity.Id, month), out var kept))
            {
                if (kept.IsOpen)
                {
                    kept.Follow(plan, activity);
                }
                continue;
            }
            scheduled.Add(Occurrence.Schedule(newId(), plan, activity, month));
        }
        var cancelled = byKey.Values.Where(o => o.IsOpen).ToList();
        cancelled.ForEach(o => o.Cancel($"Borttagen i version {plan.PlanVersion} av planen"));
        return new ScheduleChange(scheduled, cancelled);
    }
}
