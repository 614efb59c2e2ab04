using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.ServiceDefaults.Api;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Incidents.Api;

/// <summary>What the API answers: the incident as a handler or its reporter sees it, its summary, the service levels and the notices.</summary>
public static class Messages
{
    private static Common.ActorStamp? Stamp(string? userId, string? name, DateTimeOffset? at) =>
        at is null ? null : new Common.ActorStamp { UserId = userId ?? "", DisplayName = name ?? "", At = at.Value.ToProto() };

    public static Deadline? DeadlineOf(Domain.Incident incident, DateTimeOffset now) =>
        incident is { DeadlineStage: { } stage, DueAt: { } due }
            ? new Deadline { Stage = stage.ToProto(), DueAt = due.ToProto(), Overdue = due <= now }
            : null;

    public static IncidentSummary ToSummary(this Domain.Incident incident, DateTimeOffset now) => new()
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
    public static Incident ToProto(this Domain.Incident incident, DateTimeOffset now, bool asReporter)
    {
        var proto = new Incident
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
            Outcome = incident.State == Domain.IncidentState.Closed || !asReporter ? incident.Outcome ?? "" : "",
            Deadline = DeadlineOf(incident, now),
            Locked = incident.IsLocked,
            Origin = incident.Origin is { } origin ? new IncidentOrigin { Service = origin.Service, Id = origin.Id } : null,
            History =
            {
                incident.History.Select(h => new HistoryEntry
                {
                    Step = h.Step,
                    FromState = h.FromState?.ToProto() ?? IncidentState.Unspecified,
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
        proto.Actions.AddRange(incident.Actions.Select(a => new IncidentAction
        {
            ActionId = a.Id,
            Description = a.Description,
            ResponsibleUserId = a.ResponsibleUserId,
            DueAt = a.DueAt.ToProto(),
            Status = a.Status.ToProto(),
            CompletedAt = a.CompletedAt.ToProto(),
        }));
        if (incident.IsInvestigated)
        {
            proto.Investigation = new Investigation
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
            proto.Notification = new NotificationDecision
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

    public static ServiceLevels ToProto(this Domain.ServiceLevelSettings levels) => new()
    {
        TriageWorkingDays = levels.TriageWorkingDays,
        InvestigationStartWorkingDays = levels.InvestigationStartWorkingDays,
        InvestigationWorkingDays = levels.InvestigationWorkingDays,
        NotificationWorkingDays = levels.NotificationWorkingDays,
        WarningHours = levels.WarningHours,
    };

    public static ProviderNotice ToProto(this Domain.ProviderNotice notice) => new()
    {
        ProviderTenantId = notice.ProviderTenantId,
        IncidentId = notice.IncidentId,
        Kind = notice.Kind.ToProto(),
        Track = notice.Track.ToProto(),
        At = notice.At.ToProto(),
    };
}
