using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Incidents.Domain;
using Common = Ledningssystem.Contracts.Common.V1;
using Proto = Ledningssystem.Contracts.Incidents.V1;

namespace Ledningssystem.Incidents.Api;

/// <summary>Domain to protobuf and back; the contract's enums number their values like the domain's, so conversions are casts.</summary>
public static class Messages
{
    public static Proto.IncidentState ToProto(this IncidentState state) => (Proto.IncidentState)(int)state;

    public static Proto.IncidentKind ToProto(this IncidentKind? kind) => kind is { } k ? (Proto.IncidentKind)(int)k : Proto.IncidentKind.Unspecified;

    public static Proto.IncidentSubtype ToProto(this IncidentSubtype? subtype) => subtype is { } s ? (Proto.IncidentSubtype)(int)s : Proto.IncidentSubtype.Unspecified;

    public static Proto.Severity ToProto(this Severity? severity) => severity is { } s ? (Proto.Severity)(int)s : Proto.Severity.Unspecified;

    public static Proto.Track ToProto(this Track track) => (Proto.Track)(int)track;

    public static Proto.RootCause ToProto(this RootCause cause) => (Proto.RootCause)(int)cause;

    public static Proto.DeadlineStage ToProto(this DeadlineStage stage) => (Proto.DeadlineStage)(int)stage;

    public static Proto.NoticeKind ToProto(this NoticeKind kind) => (Proto.NoticeKind)(int)kind;

    public static IncidentKind ToDomain(this Proto.IncidentKind kind) => (IncidentKind)(int)kind;

    public static IncidentSubtype? ToDomain(this Proto.IncidentSubtype subtype) =>
        subtype == Proto.IncidentSubtype.Unspecified ? null : (IncidentSubtype)(int)subtype;

    public static Severity ToDomain(this Proto.Severity severity) => (Severity)(int)severity;

    public static RootCause ToDomain(this Proto.RootCause cause) => (RootCause)(int)cause;

    public static IncidentState ToDomain(this Proto.IncidentState state) => (IncidentState)(int)state;

    public static Track ToDomain(this Proto.Track track) => (Track)(int)track;

    public static NoticeKind ToDomain(this Proto.NoticeKind kind) => (NoticeKind)(int)kind;

    public static Timestamp ToProto(this DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    public static Timestamp? ToProto(this DateTimeOffset? instant) => instant?.ToProto();

    /// <summary>A caller's timestamp in whole milliseconds, the precision the service keeps.</summary>
    public static DateTimeOffset ToInstant(this Timestamp timestamp)
    {
        var instant = timestamp.ToDateTimeOffset();
        return new DateTimeOffset(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    private static Common.ActorStamp? Stamp(string? userId, string? name, DateTimeOffset? at) =>
        at is null ? null : new Common.ActorStamp { UserId = userId ?? "", DisplayName = name ?? "", At = at.Value.ToProto() };

    public static Proto.Deadline? DeadlineOf(Incident incident, DateTimeOffset now) =>
        incident is { DeadlineStage: { } stage, DueAt: { } due }
            ? new Proto.Deadline { Stage = stage.ToProto(), DueAt = due.ToProto(), Overdue = due <= now }
            : null;

    public static Proto.IncidentSummary ToSummary(this Incident incident, DateTimeOffset now) => new()
    {
        IncidentId = incident.Id,
        UnitId = incident.UnitId,
        State = incident.State.ToProto(),
        Kind = incident.Kind.ToProto(),
        Severity = incident.Severity.ToProto(),
        Track = incident.Track.ToProto(),
        ReportedAt = incident.ReportedAt.ToProto(),
        Deadline = DeadlineOf(incident, now),
        Locked = incident.IsLocked,
    };

    /// <summary>
    /// The incident as a handler sees it; <paramref name="asReporter"/> leaves out what only the handlers see (the
    /// investigation, the decision, actions and who acted), keeping the report, its state and the outcome.
    /// </summary>
    public static Proto.Incident ToProto(this Incident incident, DateTimeOffset now, bool asReporter)
    {
        var proto = new Proto.Incident
        {
            IncidentId = incident.Id,
            TenantId = incident.TenantId,
            UnitId = incident.UnitId,
            State = incident.State.ToProto(),
            WhatHappened = incident.WhatHappened,
            OccurredAt = incident.OccurredAt.ToProto(),
            ImmediateActions = incident.ImmediateActions,
            InvolvedPersonReference = incident.InvolvedPersonReference ?? "",
            RoutineDocumentId = incident.RoutineDocumentId ?? "",
            AttachmentReferences = { incident.AttachmentReferences },
            Anonymous = incident.Anonymous,
            Reported = incident.Anonymous && !asReporter
                ? new Common.ActorStamp { At = incident.ReportedAt.ToProto() }
                : Stamp(incident.ReporterId, incident.ReporterName, incident.ReportedAt),
            Kind = incident.Kind.ToProto(),
            Subtype = incident.Subtype.ToProto(),
            Severity = incident.Severity.ToProto(),
            LegalReferences = { incident.LegalReferences.Select(r => new Common.LegalReference { Code = r.Code, Title = r.Title, Url = r.Url }) },
            Track = incident.Track.ToProto(),
            Outcome = incident.State == IncidentState.Closed || !asReporter ? incident.Outcome ?? "" : "",
            Deadline = DeadlineOf(incident, now),
            Locked = incident.IsLocked,
            History =
            {
                incident.History.Select(h => new Proto.HistoryEntry
                {
                    Step = h.Step,
                    FromState = h.FromState?.ToProto() ?? Proto.IncidentState.Unspecified,
                    ToState = h.ToState.ToProto(),
                    Actor = asReporter || (incident.Anonymous && h.Step == "REPORTED")
                        ? new Common.ActorStamp { At = h.At.ToProto() }
                        : Stamp(h.UserId, h.UserName, h.At),
                    Note = asReporter ? "" : h.Note,
                }),
            },
        };
        if (asReporter)
        {
            return proto;
        }
        proto.FollowUpEffect = incident.FollowUpEffect ?? "";
        proto.PatientInformedAt = incident.PatientInformedAt.ToProto();
        proto.PatientInformedNote = incident.PatientInformedNote ?? "";
        proto.Actions.AddRange(incident.Actions.Select(a => new Proto.IncidentAction
        {
            ActionId = a.Id,
            Description = a.Description,
            ResponsibleUserId = a.ResponsibleUserId,
            DueAt = a.DueAt.ToProto(),
            Status = (Proto.ActionStatus)(int)a.Status,
            CompletedAt = a.CompletedAt.ToProto(),
        }));
        if (incident.IsInvestigated)
        {
            proto.Investigation = new Proto.Investigation
            {
                WhatHappened = incident.InvestigationWhatHappened ?? "",
                Why = incident.InvestigationWhy ?? "",
                RootCauses = { incident.RootCauses.Select(c => c.ToProto()) },
                Prevention = incident.InvestigationPrevention ?? "",
                Completed = Stamp(incident.InvestigatedBy, incident.InvestigatedByName, incident.InvestigatedAt),
            };
        }
        if (incident.NotifyAuthority is { } notify)
        {
            proto.Notification = new Proto.NotificationDecision
            {
                Notify = notify,
                Grounds = incident.NotificationGrounds ?? "",
                Decided = Stamp(incident.NotificationDecidedBy, incident.NotificationDecidedByName, incident.NotificationDecidedAt),
                Sent = Stamp(incident.NotificationSentBy, incident.NotificationSentByName, incident.NotificationSentAt),
                SentReference = incident.NotificationReference ?? "",
            };
        }
        return proto;
    }

    public static Proto.ServiceLevels ToProto(this ServiceLevelSettings levels) => new()
    {
        TriageWorkingDays = levels.TriageWorkingDays,
        InvestigationStartWorkingDays = levels.InvestigationStartWorkingDays,
        InvestigationWorkingDays = levels.InvestigationWorkingDays,
        NotificationWorkingDays = levels.NotificationWorkingDays,
        WarningHours = levels.WarningHours,
    };
}
