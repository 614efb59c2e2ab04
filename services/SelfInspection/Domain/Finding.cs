using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Jobs;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.SelfInspection.Domain;

/// <summary>
/// What an execution found: OPEN until an action is decided (ACTION_DECIDED, on the unit's balanslista until it is
/// completed and followed up: CLOSED) or it is ACCEPTED with a reason. An action not completed by its due day is overdue.
/// </summary>
public sealed class Finding : WorkflowAggregate<FindingState, FindingHistoryEntry>, IDeadlineTracked, IPersonalData, ICarriedOut
{
    private Finding()
    {
    }

    public string ExecutionId { get; private set; } = "";

    public string? QuestionId { get; private set; }

    public string Description { get; private set; } = "";

    public Severity Severity { get; private set; }

    public bool HealthCare { get; private set; }

    public string? ResponsibleUserId { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public string? ActionDescription { get; private set; }

    public string? ActionResponsibleUserId { get; private set; }

    public string? ActionResponsibleName { get; private set; }

    public DateOnly? ActionDueOn { get; private set; }

    /// <summary>The end of the action's due day in Sweden (UTC); null unless an action is open.</summary>
    public DateTimeOffset? ActionDueAt { get; private set; }

    public string? FollowUpNote { get; private set; }

    public string? AcceptedReason { get; private set; }

    public bool OverdueAnnounced { get; private set; }

    /// <summary>The incident in Incidents the finding became.</summary>
    public string? IncidentId { get; private set; }

    /// <summary>The origin Incidents keeps for the incident, so that a retried report finds the incident already raised.</summary>
    public const string IncidentOriginService = "selfinspection";

    public static Finding Raise(string id, Execution execution, string? questionId, string description, Severity severity, Actor actor, DateTimeOffset now)
    {
        var finding = new Finding
        {
            Id = id,
            TenantId = execution.TenantId,
            UnitId = execution.UnitId,
            ExecutionId = execution.Id,
            QuestionId = questionId,
            Description = description,
            Severity = severity,
            HealthCare = execution.HealthCare,
            ResponsibleUserId = execution.ResponsibleUserId,
            RaisedAt = now,
            State = FindingState.Open,
        };
        finding.Record("RAISED", null, actor, now, "");
        return finding;
    }

    /// <summary>OPEN → ACTION_DECIDED; the due day is today or later.</summary>
    public void DecideAction(string description, string responsibleUserId, string responsibleName, DateOnly dueOn, DateOnly today, Actor actor, DateTimeOffset now)
    {
        Require(FindingState.Open, "få en åtgärd");
        if (dueOn < today)
        {
            throw new SelfInspectionRuleException("DUE_IN_PAST", "Åtgärdens sista dag kan inte ha passerat.", State);
        }
        ActionDescription = description;
        ActionResponsibleUserId = responsibleUserId;
        ActionResponsibleName = responsibleName;
        ActionDueOn = dueOn;
        ActionDueAt = SwedishCalendar.StartOfDay(dueOn.AddDays(1)).ToUniversalTime();
        Move(FindingState.ActionDecided, "ACTION_DECIDED", actor, now, "");
    }

    /// <summary>ACTION_DECIDED → CLOSED: carried out and followed up.</summary>
    public void CompleteAction(string followUpNote, Actor actor, DateTimeOffset now)
    {
        Require(FindingState.ActionDecided, "avslutas");
        FollowUpNote = followUpNote;
        ActionDueAt = null;
        Move(FindingState.Closed, "ACTION_COMPLETED", actor, now, "");
    }

    /// <summary>OPEN → ACCEPTED: no action, for the reason given.</summary>
    public void Accept(string reason, Actor actor, DateTimeOffset now)
    {
        Require(FindingState.Open, "accepteras");
        AcceptedReason = reason;
        Move(FindingState.Accepted, "ACCEPTED", actor, now, reason);
    }

    /// <summary>Throws unless the finding may still become an incident (it is OPEN); checked before Incidents is called.</summary>
    public void RequireIncidentReportable() => Require(FindingState.Open, "rapporteras som avvikelse");

    /// <summary>OPEN → INCIDENT_REPORTED: handled as <paramref name="incidentId"/> in Incidents.</summary>
    public void LinkIncident(string incidentId, Actor actor, DateTimeOffset now)
    {
        RequireIncidentReportable();
        IncidentId = incidentId;
        Move(FindingState.IncidentReported, "INCIDENT_REPORTED", actor, now, incidentId);
    }

    public bool IsOverdue(DateTimeOffset now) => ActionDueAt is { } due && now >= due;

    public bool OverdueUnannounced(DateTimeOffset now) => IsOverdue(now) && !OverdueAnnounced;

    public void AnnounceOverdue()
    {
        OverdueAnnounced = true;
        NewVersion();
    }

    protected override SelfInspectionRuleException Illegal(string attempted) =>
        new("ILLEGAL_TRANSITION", $"Iakttagelsen är {State.Swedish()} och kan inte {attempted} nu.", State);

    protected override FindingHistoryEntry Entry(string stepName, FindingState? from, Actor actor, DateTimeOffset now, string note) =>
        new(stepName, from, State, actor.UserId, actor.Name, now, note);
}
