using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Jobs;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Complaints.Domain;

/// <summary>Who acts in the workflow without being logged in.</summary>
public static class ComplaintActors
{
    /// <summary>The sender of the public form: nobody logged in.</summary>
    public static readonly Actor PublicForm = new("", "Webbformuläret");

    /// <summary>The job that removes contact details when the tenant's gallring rule says.</summary>
    public static readonly Actor Gallring = new("", "Gallring");
}

/// <summary>Who complains and how to reach them, as they gave it.</summary>
public sealed record Complainant(ComplainantRole Role, string? Name, string? Email, string? Phone, string? PostalAddress)
{
    public static readonly Complainant Anonymous = new(ComplainantRole.Anonymous, null, null, null, null);
}

/// <summary>One side of a complaint handed over between tenants: the other tenant, its unit and the reference there.</summary>
public sealed record Handover(string TenantId, string UnitId, string Reference);

/// <summary>What reached the provider, as the sender gave it.</summary>
public sealed record ComplaintContent(
    string UnitId,
    ComplaintKind Kind,
    Channel Channel,
    DateOnly ReceivedOn,
    string Subject,
    string Description,
    Complainant Complainant,
    bool Anonymous);

/// <summary>
/// A synpunkt or klagomål from receipt to closing (SOSFS 2011:9 5 kap. 3-6 §§). Every step checks the state it may be
/// taken in (a wrong one throws <see cref="ComplaintsRuleException"/> naming the current state) and adds a
/// <see cref="HistoryEntry"/>. An anonymous complaint keeps no contact data.
/// </summary>
public sealed class Complaint : WorkflowAggregate<ComplaintState, HistoryEntry>, IDeadlineTracked, IPersonalData
{
    private readonly List<string> categoryIds = [];

    private Complaint()
    {
    }

    public string Reference { get; private set; } = "";

    /// <summary>The SHA-256 of the follow-up code; null for what staff registered.</summary>
    public string? FollowUpCodeHash { get; private set; }

    /// <summary>The hash of the request id the public form sent it with, which answers a retry of that submission.</summary>
    public string? SubmissionKeyHash { get; private set; }

    public ComplaintKind Kind { get; private set; }

    public Channel Channel { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string Subject { get; private set; } = "";

    public string Description { get; private set; } = "";

    public bool Anonymous { get; private set; }

    public ComplainantRole ComplainantRole { get; private set; }

    public string? ComplainantName { get; private set; }

    public string? ComplainantEmail { get; private set; }

    public string? ComplainantPhone { get; private set; }

    public string? ComplainantPostalAddress { get; private set; }

    public IReadOnlyList<string> CategoryIds => categoryIds;

    public bool HealthCare { get; private set; }

    public DateOnly? AcknowledgedOn { get; private set; }

    public string? AnswerText { get; private set; }

    public string? AnswerActions { get; private set; }

    /// <summary>Where sekretess limits what the sender may be told; never shown to the sender.</summary>
    public string? ConfidentialityNote { get; private set; }

    public string? AnsweredBy { get; private set; }

    public string? AnsweredByName { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string RegisteredBy { get; private set; } = "";

    public string RegisteredByName { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public DeadlineStage? DeadlineStage { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>The due instant ComplaintDeadlinePassed was raised for; a new deadline is announced again.</summary>
    public DateTimeOffset? PassedAnnouncedFor { get; private set; }

    /// <summary>When the handling ended (closed or forwarded); null while open and after reopening.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>When the contact details go, by the tenant's gallring rule; null while open or once none are left.</summary>
    public DateTimeOffset? ContactDetailsKeptUntil { get; private set; }

    public bool HasContactDetails => (ComplainantName ?? ComplainantEmail ?? ComplainantPhone ?? ComplainantPostalAddress) is not null;

    /// <summary>Beröm passed on to the unit's staff, in the handler's words.</summary>
    public string? FeedbackText { get; private set; }

    public string? FeedbackSharedBy { get; private set; }

    public string? FeedbackSharedByName { get; private set; }

    public DateTimeOffset? FeedbackSharedAt { get; private set; }

    public string? ForwardedToTenantId { get; private set; }

    public string? ForwardedToUnitId { get; private set; }

    public string? ForwardedToReference { get; private set; }

    public string? ForwardedFromTenantId { get; private set; }

    public string? ForwardedFromUnitId { get; private set; }

    public string? ForwardedFromReference { get; private set; }

    /// <summary>The incident in Incidents this complaint raised (ADR 0018).</summary>
    public string? LinkedIncidentId { get; private set; }

    /// <summary>The origin service Incidents keeps for the incident, so that a retried report finds the incident already raised.</summary>
    public const string IncidentOriginService = "complaints";

    public Handover? ForwardedTo => ForwardedToTenantId is { } tenant ? new(tenant, ForwardedToUnitId ?? "", ForwardedToReference ?? "") : null;

    public Handover? ForwardedFrom => ForwardedFromTenantId is { } tenant ? new(tenant, ForwardedFromUnitId ?? "", ForwardedFromReference ?? "") : null;

    public Complainant Complainant => new(ComplainantRole, ComplainantName, ComplainantEmail, ComplainantPhone, ComplainantPostalAddress);

    /// <summary>The answer and the actions may be told to the sender once answered (and after closing).</summary>
    public bool IsAnswered => State is ComplaintState.Answered or ComplaintState.Closed;

    /// <summary>
    /// Registers what reached the provider. <paramref name="followUpCodeHash"/> is the hash of the code the sender
    /// got (the public form), null when staff register it.
    /// </summary>
    public static Complaint Receive(
        string id, string tenantId, string reference, string? followUpCodeHash, ComplaintContent content, Actor registeredBy, DateTimeOffset now, string note = "")
    {
        var complainant = content.Anonymous ? Complainant.Anonymous : content.Complainant;
        if (!content.Anonymous && complainant.Role == ComplainantRole.Anonymous)
        {
            throw new ComplaintsRuleException("ANONYMOUS_ROLE", "Rollen Anonym gäller bara anonyma klagomål.", ComplaintState.Received);
        }
        var complaint = new Complaint
        {
            Id = id,
            TenantId = tenantId,
            Reference = reference,
            FollowUpCodeHash = followUpCodeHash,
            UnitId = content.UnitId,
            State = ComplaintState.Received,
            Kind = content.Kind,
            Channel = content.Channel,
            ReceivedOn = content.ReceivedOn,
            Subject = content.Subject,
            Description = content.Description,
            Anonymous = content.Anonymous,
            ComplainantRole = complainant.Role,
            ComplainantName = NullIfEmpty(complainant.Name),
            ComplainantEmail = NullIfEmpty(complainant.Email),
            ComplainantPhone = NullIfEmpty(complainant.Phone),
            ComplainantPostalAddress = NullIfEmpty(complainant.PostalAddress),
            RegisteredBy = registeredBy.UserId,
            RegisteredByName = registeredBy.Name,
            RegisteredAt = now,
        };
        complaint.Record("RECEIVED", null, registeredBy, now, note);
        return complaint;
    }

    /// <summary>
    /// Keys a public submission by the hash of its request id, so that a retry of it finds this complaint
    /// (<see cref="ReissueFollowUpCode"/>).
    /// </summary>
    public void KeySubmission(string submissionKeyHash) => SubmissionKeyHash = submissionKeyHash;

    /// <summary>
    /// A retry of the public submission after a lost answer: the sender gets a new code, and the one they may never have
    /// seen stops working, so whoever holds a code holds one that was shown to them.
    /// </summary>
    public void ReissueFollowUpCode(string followUpCodeHash)
    {
        FollowUpCodeHash = followUpCodeHash;
        NewVersion();
    }

    /// <summary>Whether <paramref name="code"/> opens this complaint; a complaint registered by staff has no code.</summary>
    public bool OpensWith(string code) => FollowUpCodeHash is { } hash && ComplaintCodes.Matches(code, hash);

    /// <summary>Sets the categories and whether hälso- och sjukvård is concerned; any state but CLOSED and FORWARDED.</summary>
    public void Classify(IEnumerable<string> categories, bool healthCare, Actor actor, DateTimeOffset now)
    {
        if (State is ComplaintState.Closed or ComplaintState.Forwarded)
        {
            throw Illegal("klassificeras");
        }
        var distinct = categories.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count > Limits.Categories)
        {
            throw new ComplaintsRuleException("TOO_MANY_CATEGORIES", $"Ett klagomål har högst {Limits.Categories} kategorier.", State);
        }
        categoryIds.Clear();
        categoryIds.AddRange(distinct);
        HealthCare = healthCare;
        Record("CLASSIFIED", State, actor, now, "");
    }

    /// <summary>RECEIVED → ACKNOWLEDGED: the mottagningsbekräftelse went out on <paramref name="on"/>, neither before receipt nor after today.</summary>
    public void Acknowledge(DateOnly on, DateOnly today, string note, Actor actor, DateTimeOffset now)
    {
        Require(ComplaintState.Received, "bekräftas");
        if (on < ReceivedOn || on > today)
        {
            throw new ComplaintsRuleException(
                "ACKNOWLEDGED_ON_OUTSIDE", "Bekräftelsen kan inte vara skickad före mottagandet eller i framtiden.", State);
        }
        AcknowledgedOn = on;
        Move(ComplaintState.Acknowledged, "ACKNOWLEDGED", actor, now, note);
    }

    public void StartInvestigation(Actor actor, DateTimeOffset now)
    {
        Require(ComplaintState.Acknowledged, "börja utredas");
        Move(ComplaintState.Investigating, "INVESTIGATION_STARTED", actor, now, "");
    }

    /// <summary>INVESTIGATING → ANSWERED: what the sender is told, the actions, and (for staff only) where sekretess limits it.</summary>
    public void Answer(string text, string actions, string confidentialityNote, Actor actor, DateTimeOffset now)
    {
        Require(ComplaintState.Investigating, "besvaras");
        AnswerText = text;
        AnswerActions = actions;
        ConfidentialityNote = NullIfEmpty(confidentialityNote);
        AnsweredBy = actor.UserId;
        AnsweredByName = actor.Name;
        AnsweredAt = now;
        Move(ComplaintState.Answered, "ANSWERED", actor, now, "");
    }

    public void Close(Actor actor, DateTimeOffset now)
    {
        Require(ComplaintState.Answered, "avslutas");
        EndedAt = now;
        Move(ComplaintState.Closed, "CLOSED", actor, now, "");
    }

    /// <summary>CLOSED → INVESTIGATING, with the reason; it is answered again.</summary>
    public void Reopen(string reason, Actor actor, DateTimeOffset now)
    {
        Require(ComplaintState.Closed, "öppnas igen");
        EndedAt = null;
        Move(ComplaintState.Investigating, "REOPENED", actor, now, reason);
    }

    /// <summary>Passes beröm on to the unit's staff in <paramref name="text"/> (again replaces it); any state but FORWARDED, beröm only.</summary>
    public void SharePraise(string text, Actor actor, DateTimeOffset now)
    {
        if (State == ComplaintState.Forwarded)
        {
            throw Illegal("föras vidare till personalen");
        }
        if (Kind != ComplaintKind.Praise)
        {
            throw new ComplaintsRuleException("NOT_PRAISE", "Bara beröm förs vidare till personalen.", State);
        }
        (FeedbackText, FeedbackSharedBy, FeedbackSharedByName, FeedbackSharedAt) = (text, actor.UserId, actor.Name, now);
        Record("PRAISE_SHARED", State, actor, now, "");
    }

    /// <summary>
    /// Throws unless the complaint may raise an incident now: still handled here (RECEIVED to ANSWERED) and not beröm.
    /// Checked before Incidents is called.
    /// </summary>
    public void RequireIncidentRaisable()
    {
        if (State is ComplaintState.Closed or ComplaintState.Forwarded)
        {
            throw Illegal("ge upphov till en avvikelse");
        }
        if (Kind == ComplaintKind.Praise)
        {
            throw new ComplaintsRuleException("PRAISE_NOT_INCIDENT", "Beröm ger inte upphov till en avvikelse.", State);
        }
    }

    /// <summary>Links the incident raised in Incidents from this complaint; a complaint links one incident (Incidents keeps one per origin).</summary>
    public void LinkIncident(string incidentId, Actor actor, DateTimeOffset now)
    {
        RequireIncidentRaisable();
        if (LinkedIncidentId is not null)
        {
            throw new ComplaintsRuleException("INCIDENT_ALREADY_LINKED", "Klagomålet har redan gett upphov till en avvikelse.", State);
        }
        LinkedIncidentId = incidentId;
        Record("INCIDENT_RAISED", State, actor, now, incidentId);
    }

    /// <summary>
    /// RECEIVED, ACKNOWLEDGED or INVESTIGATING → FORWARDED: hands the complaint over to <paramref name="to"/>, another
    /// tenant, and returns the complaint that tenant receives: what the sender gave, channel other organisation,
    /// received today, the reason in its history, no categories (they are the receiver's) and no follow-up code.
    /// This one stays, with the sender's data, as the record of what was handed over.
    /// </summary>
    public Complaint Forward(string receivedId, Handover to, string reason, Actor actor, DateTimeOffset now, DateOnly today)
    {
        if (State is not (ComplaintState.Received or ComplaintState.Acknowledged or ComplaintState.Investigating))
        {
            throw Illegal("överlämnas");
        }
        if (to.TenantId == TenantId)
        {
            throw new ComplaintsRuleException("FORWARD_WITHIN_TENANT", "Ett klagomål överlämnas bara till en annan huvudman eller vårdgivare.", State);
        }
        var received = Receive(
            receivedId,
            to.TenantId,
            to.Reference,
            followUpCodeHash: null,
            new ComplaintContent(to.UnitId, Kind, Channel.OtherOrganisation, today, Subject, Description, Complainant, Anonymous),
            actor,
            now,
            reason);
        received.ForwardedFromTenantId = TenantId;
        received.ForwardedFromUnitId = UnitId;
        received.ForwardedFromReference = Reference;
        (ForwardedToTenantId, ForwardedToUnitId, ForwardedToReference) = (to.TenantId, to.UnitId, to.Reference);
        EndedAt = now;
        Move(ComplaintState.Forwarded, "FORWARDED", actor, now, reason);
        return received;
    }

    /// <summary>
    /// Sets the deadline the complaint now works towards (each falls at the end of its working day, counted from the
    /// day received) and, once ended, until when its contact details are kept.
    /// </summary>
    public void Schedule(ServiceLevelSettings levels)
    {
        ContactDetailsKeptUntil = EndedAt is { } ended && HasContactDetails ? ended.AddMonths(levels.ContactRetentionMonths) : null;
        (DeadlineStage, DueAt) = State switch
        {
            ComplaintState.Received => (Domain.DeadlineStage.Acknowledge, EndOfWorkingDay(levels.AcknowledgeWorkingDays)),
            ComplaintState.Acknowledged or ComplaintState.Investigating => (Domain.DeadlineStage.Answer, EndOfWorkingDay(levels.AnswerWorkingDays)),
            _ => ((DeadlineStage?)null, (DateTimeOffset?)null),
        };
    }

    public bool IsOverdue(DateTimeOffset now) => DueAt is { } due && due <= now;

    /// <summary>Removes name, e-mail, phone and postal address once their time is up (the role stays); false when not yet due.</summary>
    public bool RemoveContactDetails(DateTimeOffset now)
    {
        if (ContactDetailsKeptUntil is not { } until || until > now)
        {
            return false;
        }
        (ComplainantName, ComplainantEmail, ComplainantPhone, ComplainantPostalAddress) = ((string?)null, (string?)null, (string?)null, (string?)null);
        ContactDetailsKeptUntil = null;
        Record("CONTACT_DETAILS_REMOVED", State, ComplaintActors.Gallring, now, "");
        return true;
    }

    /// <summary>Whether ComplaintDeadlinePassed is still to be raised for the current deadline.</summary>
    public bool PassedUnannounced(DateTimeOffset now) => IsOverdue(now) && PassedAnnouncedFor != DueAt;

    /// <summary>Records that ComplaintDeadlinePassed went out for the current deadline; a new version, so two monitors cannot both commit it.</summary>
    public void AnnouncePassed()
    {
        PassedAnnouncedFor = DueAt;
        NewVersion();
    }

    // Deadlines are stored and compared as UTC instants.
    private DateTimeOffset EndOfWorkingDay(int days)
    {
        var dueDay = SwedishCalendar.AddWorkingDays(SwedishCalendar.StartOfDay(ReceivedOn), days);
        return SwedishCalendar.StartOfDay(DateOnly.FromDateTime(dueDay.DateTime).AddDays(1)).ToUniversalTime();
    }

    protected override ComplaintsRuleException Illegal(string attempted) =>
        new("ILLEGAL_TRANSITION", $"Klagomålet är {State.Swedish()} och kan inte {attempted} nu.", State);

    protected override HistoryEntry Entry(string stepName, ComplaintState? from, Actor actor, DateTimeOffset now, string note) =>
        new(stepName, from, State, actor.UserId, actor.Name, now, note);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
