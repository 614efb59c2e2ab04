using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Jobs;

namespace Ledningssystem.SelfInspection.Domain;

/// <summary>
/// One time an activity is carried out: its month of the plan's year, due by the month's last working day. It is
/// PLANNED before its month, DUE in it and OVERDUE once the due day has ended (<see cref="StateAt"/>), until it is
/// DONE or CANCELLED with a reason.
/// </summary>
public sealed class Occurrence : IDeadlineTracked, ICarriedOut
{
    private Occurrence()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string Id { get; private set; } = "";

    /// <summary>The approved plan version it belongs to; moves to the next version when that is approved.</summary>
    public string PlanId { get; private set; } = "";

    public string ActivityId { get; private set; } = "";

    public string ActivityName { get; private set; } = "";

    public string UnitId { get; private set; } = "";

    public int Year { get; private set; }

    public int Month { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The end of the due day in Sweden, as a UTC instant.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>Planned, Done or Cancelled; Due and Overdue are read with <see cref="StateAt"/>.</summary>
    public OccurrenceState State { get; private set; } = OccurrenceState.Planned;

    public string? CancelReason { get; private set; }

    public string? ExecutionId { get; private set; }

    public double? Score { get; private set; }

    public bool HealthCare { get; private set; }

    public string? ResponsibleUserId { get; private set; }

    public string? RiskId { get; private set; }

    public string? ChecklistTemplateId { get; private set; }

    public bool OverdueAnnounced { get; private set; }

    /// <summary>Changes with every change; two writers cannot both commit.</summary>
    public int Version { get; private set; }

    public bool IsOpen => State == OccurrenceState.Planned;

    public static Occurrence Schedule(string id, InspectionPlan plan, Activity activity, int month)
    {
        var dueOn = LastWorkingDay(plan.Year, month);
        var occurrence = new Occurrence
        {
            Id = id,
            TenantId = plan.TenantId,
            ActivityId = activity.Id,
            UnitId = plan.UnitId,
            Year = plan.Year,
            Month = month,
            DueOn = dueOn,
            DueAt = SwedishCalendar.StartOfDay(dueOn.AddDays(1)).ToUniversalTime(),
        };
        occurrence.Follow(plan, activity);
        return occurrence;
    }

    /// <summary>Takes over what the (new version of the) plan says about its activity.</summary>
    public void Follow(InspectionPlan plan, Activity activity)
    {
        PlanId = plan.Id;
        ActivityName = activity.Name;
        HealthCare = activity.HealthCare;
        ResponsibleUserId = activity.ResponsibleUserId;
        RiskId = activity.RiskId;
        ChecklistTemplateId = activity.ChecklistTemplateId;
        Version++;
    }

    public OccurrenceState StateAt(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return State;
        }
        if (now >= DueAt)
        {
            return OccurrenceState.Overdue;
        }
        var today = SwedishCalendar.DateOf(now);
        return today >= new DateOnly(Year, Month, 1) ? OccurrenceState.Due : OccurrenceState.Planned;
    }

    /// <summary>Carried out by <paramref name="executionId"/>, with its score.</summary>
    public void Complete(string executionId, double score)
    {
        RequireOpen("genomföras");
        State = OccurrenceState.Done;
        ExecutionId = executionId;
        Score = score;
        Version++;
    }

    public void Cancel(string reason)
    {
        RequireOpen("ställas in");
        State = OccurrenceState.Cancelled;
        CancelReason = reason;
        Version++;
    }

    public bool IsOverdue(DateTimeOffset now) => IsOpen && now >= DueAt;

    /// <summary>Whether InspectionOverdue is still to be raised.</summary>
    public bool OverdueUnannounced(DateTimeOffset now) => IsOverdue(now) && !OverdueAnnounced;

    public void AnnounceOverdue()
    {
        OverdueAnnounced = true;
        Version++;
    }

    /// <summary>The last working day of the month in Sweden.</summary>
    public static DateOnly LastWorkingDay(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (!SwedishCalendar.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }
        return day;
    }

    private void RequireOpen(string attempted)
    {
        if (!IsOpen)
        {
            throw new SelfInspectionRuleException("ILLEGAL_TRANSITION", $"Tillfället är {State.Swedish()} och kan inte {attempted} nu.", State);
        }
    }
}
