using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.SelfInspection.Domain;

/// <summary>
/// A unit's yearly plan for egenkontroll (årshjul), in versions: a DRAFT is edited, APPROVED (fastställd) fixes it and
/// schedules its occurrences, and from then on it changes only through a new version (<see cref="Revise"/>), which on
/// approval SUPERSEDES it. Next year's plan starts as a copy (<see cref="CopyToNextYear"/>).
/// </summary>
public sealed class InspectionPlan : WorkflowAggregate<PlanState, PlanHistoryEntry>
{
    private readonly List<Activity> activities = [];

    private InspectionPlan()
    {
    }

    public int Year { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>1 for the first version of the year's plan; each revision counts up.</summary>
    public int PlanVersion { get; private set; } = 1;

    public string? PreviousPlanId { get; private set; }

    public IReadOnlyList<Activity> Activities => activities;

    public static InspectionPlan Create(string id, string tenantId, string unitId, int year, string name, Actor actor, DateTimeOffset now)
    {
        var plan = new InspectionPlan { Id = id, TenantId = tenantId, UnitId = unitId, Year = year, Name = name.Trim(), State = PlanState.Draft };
        plan.Record("CREATED", null, actor, now, "");
        return plan;
    }

    public Activity AddActivity(string activityId, ActivitySpec spec, Actor actor, DateTimeOffset now)
    {
        Require(PlanState.Draft, "ändras");
        if (activities.Count >= Limits.Activities)
        {
            throw new SelfInspectionRuleException("TOO_MANY_ACTIVITIES", $"En plan har högst {Limits.Activities} aktiviteter.", State);
        }
        var activity = Activity.Create(activityId, spec);
        activities.Add(activity);
        Record("ACTIVITY_ADDED", State, actor, now, activity.Name);
        return activity;
    }

    public void RemoveActivity(string activityId, Actor actor, DateTimeOffset now)
    {
        Require(PlanState.Draft, "ändras");
        var activity = activities.SingleOrDefault(a => a.Id == activityId)
            ?? throw new SelfInspectionRuleException("NO_SUCH_ACTIVITY", $"Planen har ingen aktivitet {activityId}.", State);
        activities.Remove(activity);
        Record("ACTIVITY_REMOVED", State, actor, now, activity.Name);
    }

    /// <summary>DRAFT → APPROVED; a plan without activities is not approved.</summary>
    public void Approve(Actor actor, DateTimeOffset now)
    {
        Require(PlanState.Draft, "fastställas");
        if (activities.Count == 0)
        {
            throw new SelfInspectionRuleException("PLAN_EMPTY", "En plan utan aktiviteter kan inte fastställas.", State);
        }
        Move(PlanState.Approved, "APPROVED", actor, now, "");
    }

    /// <summary>APPROVED → SUPERSEDED, when <paramref name="successor"/> (its revision) is approved.</summary>
    public void SupersedeBy(InspectionPlan successor, Actor actor, DateTimeOffset now)
    {
        Require(PlanState.Approved, "ersättas");
        Move(PlanState.Superseded, "SUPERSEDED", actor, now, $"Ersatt av version {successor.PlanVersion}");
    }

    /// <summary>The next version of an approved plan, a draft with the same activities; the reason is in its history.</summary>
    public InspectionPlan Revise(string newId, string reason, Actor actor, DateTimeOffset now)
    {
        Require(PlanState.Approved, "revideras");
        var revision = new InspectionPlan
        {
            Id = newId,
            TenantId = TenantId,
            UnitId = UnitId,
            Year = Year,
            Name = Name,
            State = PlanState.Draft,
            PlanVersion = PlanVersion + 1,
            PreviousPlanId = Id,
        };
        revision.activities.AddRange(activities.Select(a => a.Copy()));
        revision.Record("REVISED", null, actor, now, reason);
        return revision;
    }

    /// <summary>Next year's first version, a draft with this plan's recurring activities, each from January.</summary>
    public InspectionPlan CopyToNextYear(string newId, Actor actor, DateTimeOffset now)
    {
        if (State == PlanState.Draft)
        {
            throw Illegal("kopieras till nästa år");
        }
        var next = new InspectionPlan { Id = newId, TenantId = TenantId, UnitId = UnitId, Year = Year + 1, Name = Name, State = PlanState.Draft };
        next.activities.AddRange(activities.Select(a => a.ForNextYear()).OfType<Activity>());
        next.Record("COPIED", null, actor, now, $"Kopia av planen för {Year}");
        return next;
    }

    /// <summary>Flags the activities that check <paramref name="documentId"/>, whose rutin was archived; false when none does.</summary>
    public bool FlagArchivedDocument(string documentId)
    {
        var checking = activities.Where(a => a.DocumentId == documentId && !a.DocumentArchived).ToList();
        checking.ForEach(a => a.FlagArchivedDocument());
        if (checking.Count > 0)
        {
            NewVersion();
        }
        return checking.Count > 0;
    }

    protected override SelfInspectionRuleException Illegal(string attempted) =>
        new("ILLEGAL_TRANSITION", $"Planen är {State.Swedish()} och kan inte {attempted} nu.", State);

    protected override PlanHistoryEntry Entry(string stepName, PlanState? from, Actor actor, DateTimeOffset now, string note) =>
        new(stepName, from, State, actor.UserId, actor.Name, now, note);
}
