using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Complaints.Api;

/// <summary>What the API answers: the complaint as its handlers see it, its summary, what the sender sees, categories and service levels.</summary>
public static class Messages
{
    private static Common.ActorStamp Stamp(string userId, string name, DateTimeOffset at) =>
        new() { UserId = userId, DisplayName = name, At = at.ToProto() };

    private static Handover? ToProto(this Domain.Handover? handover) =>
        handover is null ? null : new Handover { TenantId = handover.TenantId, UnitId = handover.UnitId, Reference = handover.Reference };

    private static Feedback? FeedbackOf(this Domain.Complaint complaint) =>
        complaint.FeedbackSharedAt is { } at ? new Feedback { Text = complaint.FeedbackText ?? "", Shared = Stamp(complaint.FeedbackSharedBy ?? "", complaint.FeedbackSharedByName ?? "", at) } : null;

    /// <summary>What the unit's staff read of a beröm: the handler's words only.</summary>
    public static FeedbackItem ToFeedbackItem(this Domain.Complaint complaint) =>
        new() { UnitId = complaint.UnitId, ReceivedOn = complaint.ReceivedOn.ToIso(), Feedback = complaint.FeedbackOf() };

    public static Deadline? DeadlineOf(Domain.Complaint complaint, DateTimeOffset now) =>
        complaint is { DeadlineStage: { } stage, DueAt: { } due }
            ? new Deadline { Stage = stage.ToProto(), DueAt = due.ToProto(), Overdue = due <= now }
            : null;

    public static ComplaintSummary ToSummary(this Domain.Complaint complaint, DateTimeOffset now) => new()
    {
        ComplaintId = complaint.Id,
        UnitId = complaint.UnitId,
        Reference = complaint.Reference,
        State = complaint.State.ToProto(),
        Kind = complaint.Kind.ToProto(),
        Channel = complaint.Channel.ToProto(),
        ReceivedOn = complaint.ReceivedOn.ToIso(),
        CategoryIds = { complaint.CategoryIds },
        HealthCare = complaint.HealthCare,
        Deadline = DeadlineOf(complaint, now),
        LinkedIncidentId = complaint.LinkedIncidentId ?? "",
    };

    public static Complaint ToProto(this Domain.Complaint complaint, DateTimeOffset now) => new()
    {
        ComplaintId = complaint.Id,
        TenantId = complaint.TenantId,
        UnitId = complaint.UnitId,
        Reference = complaint.Reference,
        State = complaint.State.ToProto(),
        Kind = complaint.Kind.ToProto(),
        Channel = complaint.Channel.ToProto(),
        ReceivedOn = complaint.ReceivedOn.ToIso(),
        Subject = complaint.Subject,
        Description = complaint.Description,
        Complainant = new Complainant
        {
            Role = complaint.ComplainantRole.ToProto(),
            Name = complaint.ComplainantName ?? "",
            Email = complaint.ComplainantEmail ?? "",
            Phone = complaint.ComplainantPhone ?? "",
            PostalAddress = complaint.ComplainantPostalAddress ?? "",
        },
        Anonymous = complaint.Anonymous,
        CategoryIds = { complaint.CategoryIds },
        HealthCare = complaint.HealthCare,
        AcknowledgedOn = complaint.AcknowledgedOn.ToIso(),
        Answer = complaint.AnsweredAt is { } answeredAt
            ? new Answer
            {
                Text = complaint.AnswerText ?? "",
                Actions = complaint.AnswerActions ?? "",
                ConfidentialityNote = complaint.ConfidentialityNote ?? "",
                Answered = Stamp(complaint.AnsweredBy ?? "", complaint.AnsweredByName ?? "", answeredAt),
            }
            : null,
        Deadline = DeadlineOf(complaint, now),
        Registered = Stamp(complaint.RegisteredBy, complaint.RegisteredByName, complaint.RegisteredAt),
        ForwardedTo = complaint.ForwardedTo.ToProto(),
        ForwardedFrom = complaint.ForwardedFrom.ToProto(),
        ContactDetailsKeptUntil = complaint.ContactDetailsKeptUntil?.ToProto(),
        Feedback = complaint.FeedbackOf(),
        LinkedIncidentId = complaint.LinkedIncidentId ?? "",
        History =
        {
            complaint.History.Select(h => new HistoryEntry
            {
                Step = h.Step,
                FromState = h.FromState?.ToProto() ?? ComplaintState.Unspecified,
                ToState = h.ToState.ToProto(),
                Actor = Stamp(h.UserId, h.UserName, h.At),
                Note = h.Note,
            }),
        },
    };

    /// <summary>
    /// What the sender reads with reference and code: never the confidentiality note, the answer only once answered,
    /// and the provider that took a forwarded complaint over.
    /// </summary>
    public static FollowUpComplaintResponse ToFollowUp(this Domain.Complaint complaint, string providerName, string unitName, string forwardedToProviderName) => new()
    {
        Reference = complaint.Reference,
        ProviderName = providerName,
        UnitName = unitName,
        Kind = complaint.Kind.ToProto(),
        State = complaint.State.ToProto(),
        ReceivedOn = complaint.ReceivedOn.ToIso(),
        AcknowledgedOn = complaint.AcknowledgedOn.ToIso(),
        Answer = complaint.IsAnswered ? complaint.AnswerText ?? "" : "",
        Actions = complaint.IsAnswered ? complaint.AnswerActions ?? "" : "",
        AnsweredOn = complaint.IsAnswered && complaint.AnsweredAt is { } at ? SwedishCalendar.DateOf(at).ToIso() : "",
        ForwardedToProviderName = forwardedToProviderName,
    };

    public static Category ToProto(this Domain.ComplaintCategory category) => new() { CategoryId = category.Id, Name = category.Name };

    public static ServiceLevels ToProto(this Domain.ServiceLevelSettings levels) => new()
    {
        AcknowledgeWorkingDays = levels.AcknowledgeWorkingDays,
        AnswerWorkingDays = levels.AnswerWorkingDays,
        ContactRetentionMonths = levels.ContactRetentionMonths,
    };
}
