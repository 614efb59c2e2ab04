using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Jobs;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Incidents.Domain;

/// <summary>What a report says, as the reporter gave it.</summary>
public sealed record ReportContent(
    string UnitId,
    string WhatHappened,
    DateTimeOffset OccurredAt,
    string ImmediateActions,
    string? InvolvedPersonReference,
    string? RoutineDocumentId,
    IReadOnlyList<string> AttachmentReferences,
    bool Anonymous,
    IncidentOrigin? Origin = null,
    string? RequestId = null);

/// <summary>The case in another platform service (a complaint, an inspection finding) an incident was raised from.</summary>
public sealed record IncidentOrigin(string Service, string Id);

public sealed record LegalReference(string Code, string Title, string Url);

/// <summary>
/// One avvikelse from report to closing. Every step checks the state it may be taken in (a wrong one throws
/// <see cref="IncidentRuleException"/> naming the current state) and adds a <see cref="HistoryEntry"/>. Once a
/// notification to IVO or IMY is marked sent, the investigation and the decision are locked.
/// </summary>
public sealed class Incident : WorkflowAggregate<IncidentState, HistoryEntry>, IDeadlineTracked, IPersonalData
{
    public static readonly TimeSpan ImyDeadline = TimeSpan.FromHours(72);

    private readonly List<string> attachmentReferences = [];
    private readonly List<RootCause> rootCauses = [];
    private readonly List<LegalReference> legalReferences = [];
    private readonly List<IncidentAction> actions = [];

    private Incident()
    {
    }

    public string WhatHappened { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    public string ImmediateActions { get; private set; } = "";

    public string? InvolvedPersonReference { get; private set; }

    public string? RoutineDocumentId { get; private set; }

    public IReadOnlyList<string> AttachmentReferences => attachmentReferences;

    public bool Anonymous { get; private set; }

    /// <summary>Kept also for an anonymous report, so that the reporter can follow it; shown to nobody else.</summary>
    public string ReporterId { get; private set; } = "";

    public string ReporterName { get; private set; } = "";

    public DateTimeOffset ReportedAt { get; private set; }

    public string? OriginService { get; private set; }

    public string? OriginId { get; private set; }

    public IncidentOrigin? Origin => OriginService is null || OriginId is null ? null : new(OriginService, OriginId);

    /// <summary>The reporter's own key for the report, unique per reporter: a retry with it finds this incident.</summary>
    public string? RequestId { get; private set; }

    public IncidentKind? Kind { get; private set; }

    public IncidentSubtype? Subtype { get; private set; }

    public Severity? Severity { get; private set; }

    public IReadOnlyList<LegalReference> LegalReferences => legalReferences;

    public Track Track { get; private set; } = Track.None;

    public DateTimeOffset? TriagedAt { get; private set; }

    public DateTimeOffset? InvestigationStartedAt { get; private set; }

    public string? InvestigationWhatHappened { get; private set; }

    public string? InvestigationWhy { get; private set; }

    public IReadOnlyList<RootCause> RootCauses => rootCauses;

    public string? InvestigationPrevention { get; private set; }

    public string? InvestigatedBy { get; private set; }

    public string? InvestigatedByName { get; private set; }

    public DateTimeOffset? InvestigatedAt { get; private set; }

    public IReadOnlyList<IncidentAction> Actions => actions;

    public string? FollowUpEffect { get; private set; }

    public string? Outcome { get; private set; }

    public bool? NotifyAuthority { get; private set; }

    public string? NotificationGrounds { get; private set; }

    public string? NotificationDecidedBy { get; private set; }

    public string? NotificationDecidedByName { get; private set; }

    public DateTimeOffset? NotificationDecidedAt { get; private set; }

    public string? NotificationSentBy { get; private set; }

    public string? NotificationSentByName { get; private set; }

    public DateTimeOffset? NotificationSentAt { get; private set; }

    public string? NotificationReference { get; private set; }

    public DateTimeOffset? PatientInformedAt { get; private set; }

    public string? PatientInformedNote { get; private set; }

    public DeadlineStage? DeadlineStage { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>When DeadlineNear is due: the tenant's warning time before <see cref="DueAt"/>.</summary>
    public DateTimeOffset? WarnAt { get; private set; }

    /// <summary>The due instant DeadlineNear was raised for; a new deadline is announced again.</summary>
    public DateTimeOffset? NearAnnouncedFor { get; private set; }

    public DateTimeOffset? PassedAnnouncedFor { get; private set; }

    /// <summary>The notification was sent: what it said can no longer change.</summary>
    public bool IsLocked => NotificationSentAt is not null;

    public bool IsInvestigated => InvestigatedAt is not null;

    public bool NotificationPending => NotifyAuthority == true && NotificationSentAt is null;

    public static Incident Report(string id, string tenantId, ReportContent content, Actor reporter, DateTimeOffset now)
    {
        var incident = new Incident
        {
            Id = id,
            TenantId = tenantId,
            UnitId = content.UnitId,
            State = IncidentState.Reported,
            WhatHappened = content.WhatHappened,
            OccurredAt = content.OccurredAt,
            ImmediateActions = content.ImmediateActions,
            InvolvedPersonReference = content.InvolvedPersonReference,
            RoutineDocumentId = content.RoutineDocumentId,
            Anonymous = content.Anonymous,
            ReporterId = reporter.UserId,
            ReporterName = content.Anonymous ? "" : reporter.Name,
            ReportedAt = now,
            OriginService = content.Origin?.Service,
            OriginId = content.Origin?.Id,
            RequestId = content.RequestId,
        };
        incident.attachmentReferences.AddRange(content.AttachmentReferences);
        incident.Record("REPORTED", null, reporter, now, "");
        return incident;
    }

    /// <summary>Classifies the report; a lex Sarah report escalates and is announced to the contracting nämnder.</summary>
    public StepOutcome Triage(IncidentKind kind, IncidentSubtype? subtype, Severity severity, IEnumerable<LegalReference> references, Actor actor, DateTimeOffset now)
    {
        Require(IncidentState.Reported, "bedömas");
        if (!kind.Allows(subtype))
        {
            throw new IncidentRuleException("SUBTYPE_NOT_OF_KIND", "Undertypen hör inte till den valda typen av avvikelse.", State);
        }
        if (kind == IncidentKind.LexSarah && Anonymous)
        {
            throw new IncidentRuleException(
                "ANONYMOUS_REPORTER",
                "En lex Sarah-rapport kräver en namngiven rapportör. Rapportera missförhållandet själv med hänvisning till den anonyma avvikelsen.",
                State);
        }
        Kind = kind;
        Subtype = subtype;
        Severity = severity;
        legalReferences.Clear();
        legalReferences.AddRange(references);
        Track = kind switch
        {
            IncidentKind.LexSarah => Track.LexSarah,
            IncidentKind.PersonalDataBreach => Track.PersonalDataBreach,
            _ => Track.None,
        };
        TriagedAt = now;
        Move(IncidentState.Triaged, "TRIAGED", actor, now, "");
        return Track == Track.LexSarah ? new StepOutcome(Escalated: true, NoticeKind.LexSarahReported) : StepOutcome.Nothing;
    }

    public void StartInvestigation(Actor actor, DateTimeOffset now)
    {
        Require(IncidentState.Triaged, "börja utredas");
        InvestigationStartedAt = now;
        Move(IncidentState.Investigating, "INVESTIGATION_STARTED", actor, now, "");
    }

    public void CompleteInvestigation(string whatHappened, string why, IEnumerable<RootCause> causes, string prevention, Actor actor, DateTimeOffset now)
    {
        Require(IncidentState.Investigating, "få en utredning");
        RequireUnlocked();
        InvestigationWhatHappened = whatHappened;
        InvestigationWhy = why;
        rootCauses.Clear();
        rootCauses.AddRange(causes.Distinct().Order());
        InvestigationPrevention = prevention;
        InvestigatedBy = actor.UserId;
        InvestigatedByName = actor.Name;
        InvestigatedAt = now;
        Record("INVESTIGATION_COMPLETED", State, actor, now, "");
    }

    public IReadOnlyList<IncidentAction> DecideActions(IEnumerable<(string Description, string ResponsibleUserId, DateTimeOffset DueAt)> decided, Actor actor, DateTimeOffset now)
    {
        Require(IncidentState.Investigating, "få beslutade åtgärder");
        if (!IsInvestigated)
        {
            throw new IncidentRuleException("INVESTIGATION_MISSING", "Utredningen måste vara klar innan åtgärder beslutas.", State);
        }
        if (Track is Track.LexSarah or Track.PersonalDataBreach && NotifyAuthority is null)
        {
            throw new IncidentRuleException(
                "NOTIFICATION_UNDECIDED", "Beslutet om anmälan till myndigheten måste fattas innan åtgärder beslutas.", State);
        }
        var added = decided.Select(a => IncidentAction.Decide(Guid.CreateVersion7().ToString(), a.Description, a.ResponsibleUserId, a.DueAt)).ToList();
        actions.AddRange(added);
        Move(IncidentState.ActionsDecided, "ACTIONS_DECIDED", actor, now, "");
        return added;
    }

    /// <summary>Marks the action done; false if the incident has no such action.</summary>
    public bool CompleteAction(string actionId, Actor actor, DateTimeOffset now)
    {
        if (State is not (IncidentState.ActionsDecided or IncidentState.FollowUp))
        {
            throw Illegal("få åtgärder avklarade");
        }
        var action = actions.SingleOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return false;
        }
        if (action.Status == ActionStatus.Done)
        {
            throw new IncidentRuleException("ACTION_ALREADY_DONE", "Åtgärden är redan klar.", State);
        }
        action.Complete(now);
        Record("ACTION_COMPLETED", State, actor, now, action.Description);
        return true;
    }

    public void FollowUp(string effect, Actor actor, DateTimeOffset now)
    {
        Require(IncidentState.ActionsDecided, "följas upp");
        if (actions.Any(a => a.Status == ActionStatus.Open))
        {
            throw new IncidentRuleException("ACTIONS_OPEN", "Alla åtgärder måste vara klara innan effekten följs upp.", State);
        }
        FollowUpEffect = effect;
        Move(IncidentState.FollowUp, "FOLLOWED_UP", actor, now, "");
    }

    public void Close(string outcome, Actor actor, DateTimeOffset now)
    {
        Require(IncidentState.FollowUp, "avslutas");
        if (NotificationPending)
        {
            throw new IncidentRuleException("NOTIFICATION_NOT_SENT", "Anmälan till myndigheten är beslutad men inte markerad som skickad.", State);
        }
        Outcome = outcome;
        Move(IncidentState.Closed, "CLOSED", actor, now, "");
    }

    public void Reopen(string reason, Actor actor, DateTimeOffset now)
    {
        Require(IncidentState.Closed, "öppnas igen");
        InvestigationStartedAt = now;
        Move(IncidentState.Investigating, "REOPENED", actor, now, reason);
    }

    /// <summary>The notification duty the decision falls under: lex Sarah, lex Maria (HSL) or IMY (personuppgiftsincident).</summary>
    public Track NotificationTrack => Kind switch
    {
        IncidentKind.LexSarah => Track.LexSarah,
        IncidentKind.HealthCare => Track.LexMaria,
        IncidentKind.PersonalDataBreach => Track.PersonalDataBreach,
        _ => Track.None,
    };

    /// <summary>Records whether the authority is notified; escalated when this made it a lex Maria case.</summary>
    public StepOutcome DecideNotification(bool notify, string grounds, Actor actor, DateTimeOffset now)
    {
        if (State is IncidentState.Reported or IncidentState.Closed)
        {
            throw Illegal("få ett beslut om anmälan");
        }
        RequireUnlocked();
        if (NotificationTrack == Track.None)
        {
            throw new IncidentRuleException("NOT_NOTIFIABLE", "Den här typen av avvikelse anmäls inte till IVO eller IMY.", State);
        }
        var escalated = NotificationTrack == Track.LexMaria && notify && Track != Track.LexMaria;
        Track = NotificationTrack;
        NotifyAuthority = notify;
        NotificationGrounds = grounds;
        NotificationDecidedBy = actor.UserId;
        NotificationDecidedByName = actor.Name;
        NotificationDecidedAt = now;
        Record(notify ? "NOTIFICATION_DECIDED" : "NOTIFICATION_DECLINED", State, actor, now, "");
        return new StepOutcome(escalated, ProviderNotice: null);
    }

    /// <summary>Throws unless a notification is decided and not yet sent (the document exists then).</summary>
    public void RequireNotificationDecided()
    {
        if (NotifyAuthority != true)
        {
            throw new IncidentRuleException("NOTIFICATION_NOT_DECIDED", "Ingen anmälan är beslutad för avvikelsen.", State);
        }
    }

    /// <summary>Locks what the notification said; a notification to IVO is announced to the contracting nämnder.</summary>
    public StepOutcome MarkNotificationSent(string? reference, Actor actor, DateTimeOffset now)
    {
        RequireNotificationDecided();
        RequireUnlocked();
        NotificationSentBy = actor.UserId;
        NotificationSentByName = actor.Name;
        NotificationSentAt = now;
        NotificationReference = reference;
        Record("NOTIFICATION_SENT", State, actor, now, reference ?? "");
        return Track is Track.LexSarah or Track.LexMaria ? new StepOutcome(Escalated: false, NoticeKind.IvoNotified) : StepOutcome.Nothing;
    }

    public void RecordPatientInformed(string note, Actor actor, DateTimeOffset now)
    {
        if (Track != Track.LexMaria)
        {
            throw new IncidentRuleException("NOT_LEX_MARIA", "Information till patienten registreras för lex Maria-ärenden.", State);
        }
        if (State == IncidentState.Closed)
        {
            throw Illegal("få information till patienten registrerad");
        }
        PatientInformedAt = now;
        PatientInformedNote = note;
        Record("PATIENT_INFORMED", State, actor, now, "");
    }

    /// <summary>Sets the deadline the incident now works towards, from the tenant's service levels.</summary>
    public void Schedule(ServiceLevelSettings levels)
    {
        (DeadlineStage, DueAt) = CurrentDeadline(levels);
        WarnAt = DueAt - levels.Warning;
    }

    public bool IsOverdue(DateTimeOffset now) => DueAt is { } due && due <= now;

    /// <summary>Records that DeadlineNear went out for the current deadline; a new version, so two monitors cannot both commit it.</summary>
    public void AnnounceNear()
    {
        NearAnnouncedFor = DueAt;
        NewVersion();
    }

    public void AnnouncePassed()
    {
        PassedAnnouncedFor = DueAt;
        NewVersion();
    }

    private (DeadlineStage?, DateTimeOffset?) CurrentDeadline(ServiceLevelSettings levels)
    {
        if (State == IncidentState.Closed)
        {
            return (null, null);
        }
        if (Track == Track.PersonalDataBreach && NotifyAuthority != false && NotificationSentAt is null)
        {
            return (Domain.DeadlineStage.Imy, ReportedAt + ImyDeadline);
        }
        if (NotificationPending)
        {
            return (Domain.DeadlineStage.Notification, WorkingDaysAfter(NotificationDecidedAt!.Value, levels.NotificationWorkingDays));
        }
        return State switch
        {
            IncidentState.Reported => (Domain.DeadlineStage.Triage, WorkingDaysAfter(ReportedAt, levels.TriageWorkingDays)),
            IncidentState.Triaged => (Domain.DeadlineStage.InvestigationStart, WorkingDaysAfter(TriagedAt!.Value, levels.InvestigationStartWorkingDays)),
            IncidentState.Investigating => (Domain.DeadlineStage.Investigation, WorkingDaysAfter(InvestigationStartedAt!.Value, levels.InvestigationWorkingDays)),
            IncidentState.ActionsDecided when actions.Any(a => a.Status == ActionStatus.Open) =>
                (Domain.DeadlineStage.Actions, actions.Where(a => a.Status == ActionStatus.Open).Min(a => a.DueAt)),
            _ => (null, null),
        };
    }

    // Deadlines are stored and compared as UTC instants.
    private static DateTimeOffset WorkingDaysAfter(DateTimeOffset start, int days) =>
        SwedishCalendar.AddWorkingDays(start, days).ToUniversalTime();

    private void RequireUnlocked()
    {
        if (IsLocked)
        {
            throw new IncidentRuleException("LOCKED", "Anmälan är skickad; utredningen och beslutet kan inte längre ändras.", State);
        }
    }

    protected override IncidentRuleException Illegal(string attempted) =>
        new("ILLEGAL_TRANSITION", $"Avvikelsen är {State.Swedish()} och kan inte {attempted} nu.", State);

    protected override HistoryEntry Entry(string stepName, IncidentState? from, Actor actor, DateTimeOffset now, string note) =>
        new(stepName, from, State, actor.UserId, actor.Name, now, note);
}
