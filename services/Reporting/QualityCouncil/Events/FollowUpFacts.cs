using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Reporting.Events;
using Ledningssystem.Reporting.QualityCouncil.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using ComplaintStage = Ledningssystem.Contracts.Complaints.V1.DeadlineStage;
using Months = Ledningssystem.Reporting.Domain.Months;

namespace Ledningssystem.Reporting.QualityCouncil.Events;

/// <summary>
/// What each subscribed event tells the kvalitetsråd's read models: egenkontroll carried out and its findings, the
/// planned occurrences and what became of them, the risk register, the balanslista, the lex Sarah and lex Maria tracks and the internkontrollplan. An event may tell
/// several of them (a finding's action is both a finding's progress and an item of the balanslista), or none.
/// </summary>
public static class FollowUpFacts
{
    public static IEnumerable<object> From(IMessage message) => message switch
    {
        InspectionScheduled e =>
        [
            new OccurrenceFact(e.OccurrenceId)
            {
                UnitId = NonEmpty(e.UnitId), ActivityId = NonEmpty(e.ActivityId), ActivityName = NonEmpty(e.ActivityName),
                Month = Months.Of(e.Year, e.Month), DueOn = IsoDates.Parse(e.DueOn), InternalControl = e.RiskId.Length > 0,
            },
        ],
        InspectionCancelled e =>
        [
            new OccurrenceFact(e.OccurrenceId)
            {
                UnitId = NonEmpty(e.UnitId), ActivityId = NonEmpty(e.ActivityId), Month = Months.Of(e.Year, e.Month),
                CancelledAt = At(e.CancelledAt), CancelReason = e.Reason,
            },
        ],
        InspectionOverdue { Kind: OverdueKind.Occurrence } e =>
            [new OccurrenceFact(e.SubjectId) { UnitId = NonEmpty(e.UnitId), DueOn = IsoDates.Parse(e.DueOn), Overdue = true }],
        InspectionCompleted e when At(e.CompletedAt) is { } at =>
        [
            new ExecutionFact(e.ExecutionId, e.UnitId, Months.Of(at), e.RiskId.Length > 0, ScoreHundredths(e.Score)),
            new OccurrenceFact(e.OccurrenceId) { UnitId = NonEmpty(e.UnitId), InternalControl = e.RiskId.Length > 0, CarriedOutAt = at, ScoreHundredths = ScoreHundredths(e.Score) },
        ],
        FindingRaised e => [new FindingFact(e.FindingId) { UnitId = NonEmpty(e.UnitId), Month = MonthOf(e.RaisedAt), Severity = EventFacts.Name(e.Severity) }],
        InspectionActionDecided e when e.Accepted || e.IncidentId.Length > 0 =>
            [new FindingFact(e.FindingId) { UnitId = NonEmpty(e.UnitId), ResolvedAt = At(e.DecidedAt) }],
        InspectionActionDecided e =>
        [
            new FindingFact(e.FindingId) { UnitId = NonEmpty(e.UnitId), ActionDecidedAt = At(e.DecidedAt) },
            Item(SourceService.SelfInspection, BalanceItemKind.FindingAction, e.FindingId, e.FindingId, e.UnitId) with
            {
                Responsible = e.ResponsibleUserId, StartedAt = At(e.DecidedAt), DueOn = IsoDates.Parse(e.DueOn),
            },
        ],
        InspectionActionCompleted e =>
        [
            new FindingFact(e.FindingId) { UnitId = NonEmpty(e.UnitId), ResolvedAt = At(e.CompletedAt) },
            Item(SourceService.SelfInspection, BalanceItemKind.FindingAction, e.FindingId, e.FindingId, e.UnitId) with { CompletedAt = At(e.CompletedAt) },
        ],
        RiskIdentified e => [new RiskFact(e.RiskId) { UnitId = NonEmpty(e.UnitId), Month = IsoDates.Parse(e.IdentifiedOn) is { } on ? Months.Of(on) : MonthOf(e.IdentifiedAt) }],
        RiskAssessed e => [new RiskFact(e.RiskId) { UnitId = NonEmpty(e.UnitId), Level = EventFacts.Name(e.Level), LevelAt = At(e.AssessedAt) }],
        RiskClosed e => [new RiskFact(e.RiskId) { UnitId = NonEmpty(e.UnitId), Level = EventFacts.Name(e.Level), LevelAt = At(e.ClosedAt), ClosedAt = At(e.ClosedAt) }],
        RiskActionDecided e =>
        [
            Item(SourceService.Risks, BalanceItemKind.RiskAction, e.RiskId, e.ActionId, e.UnitId) with
            {
                Responsible = e.Responsible, StartedAt = At(e.DecidedAt), DueOn = IsoDates.Parse(e.DueOn),
            },
        ],
        RiskActionCompleted e => [Item(SourceService.Risks, BalanceItemKind.RiskAction, e.RiskId, e.ActionId, e.UnitId) with { CompletedAt = At(e.CompletedAt) }],
        // The event has no instant of the decision; an action's start only marks it decided, so its due instant serves.
        ActionDecided e =>
        [
            Item(SourceService.Incidents, BalanceItemKind.IncidentAction, e.IncidentId, e.ActionId, e.UnitId) with
            {
                Responsible = e.ResponsibleUserId, StartedAt = At(e.DueAt), DueOn = DayOf(e.DueAt),
            },
        ],
        ActionCompleted e => [Item(SourceService.Incidents, BalanceItemKind.IncidentAction, e.IncidentId, e.ActionId, null) with { CompletedAt = At(e.CompletedAt) }],
        ComplaintDeadlinePassed e when ComplaintItem(e.Stage) is { } kind =>
            [ComplaintItemOf(kind, e.ComplaintId, e.UnitId) with { StartedAt = At(e.DueAt), DueOn = DayOf(e.DueAt) }],
        ComplaintAcknowledged e => [ComplaintItemOf(BalanceItemKind.ComplaintAcknowledgement, e.ComplaintId, e.UnitId) with { CompletedAt = At(e.AcknowledgedAt) }],
        ComplaintAnswered e =>
        [
            ComplaintItemOf(BalanceItemKind.ComplaintAcknowledgement, e.ComplaintId, e.UnitId) with { CompletedAt = At(e.AnsweredAt) },
            ComplaintItemOf(BalanceItemKind.ComplaintAnswer, e.ComplaintId, e.UnitId) with { CompletedAt = At(e.AnsweredAt) },
        ],
        ComplaintClosed e => ComplaintDone(e.ComplaintId, e.UnitId, At(e.ClosedAt)),
        ComplaintForwarded e => ComplaintDone(e.ComplaintId, e.UnitId, At(e.ForwardedAt)),
        IncidentEscalated e when IsLegalTrack(e.Track) =>
            [new EscalationFact(e.IncidentId, EventFacts.Name(e.Track)) { UnitId = NonEmpty(e.UnitId), Month = MonthOf(e.EscalatedAt) }],
        IvoNotificationSent e when IsLegalTrack(e.Track) => [new EscalationFact(e.IncidentId, EventFacts.Name(e.Track)) { NotifiedAt = At(e.SentAt) }],
        InternalControlPlanAdopted e => [new ControlPlanFact(e.AssessmentId, e.Year, At(e.AdoptedAt), [.. e.Controls.Select(c => c.UnitId)])],
        _ => [],
    };

    /// <summary>
    /// The event as the event store may keep it: the internkontrollplan without its risks' titles and controls
    /// (free text), which no read model needs; every other subscribed event as it came.
    /// </summary>
    public static IMessage Storable(IMessage message)
    {
        if (message is not InternalControlPlanAdopted plan)
        {
            return message;
        }
        var stripped = plan.Clone();
        foreach (var control in stripped.Controls)
        {
            control.Title = "";
            control.Control = "";
        }
        return stripped;
    }

    private static long ScoreHundredths(double score) => (long)Math.Round(Math.Clamp(score, 0, 100) * 100);

    private static bool IsLegalTrack(Contracts.Incidents.V1.Track track) =>
        track is Contracts.Incidents.V1.Track.LexSarah or Contracts.Incidents.V1.Track.LexMaria or Contracts.Incidents.V1.Track.PersonalDataBreach;

    private static BalanceItemKind? ComplaintItem(ComplaintStage stage) => stage switch
    {
        ComplaintStage.Acknowledge => BalanceItemKind.ComplaintAcknowledgement,
        ComplaintStage.Answer => BalanceItemKind.ComplaintAnswer,
        _ => null,
    };

    private static object[] ComplaintDone(string complaintId, string unitId, DateTimeOffset? at) =>
    [
        ComplaintItemOf(BalanceItemKind.ComplaintAcknowledgement, complaintId, unitId) with { CompletedAt = at },
        ComplaintItemOf(BalanceItemKind.ComplaintAnswer, complaintId, unitId) with { CompletedAt = at },
    ];

    private static BalanceFact ComplaintItemOf(BalanceItemKind kind, string complaintId, string unitId) =>
        Item(SourceService.Complaints, kind, complaintId, complaintId, unitId);

    private static BalanceFact Item(SourceService source, BalanceItemKind kind, string sourceId, string actionId, string? unitId) =>
        new(source, kind, sourceId, actionId) { UnitId = NonEmpty(unitId) };

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static DateTimeOffset? At(Timestamp? timestamp) => timestamp?.ToDateTimeOffset();

    private static int? MonthOf(Timestamp? timestamp) => timestamp is null ? null : Months.Of(timestamp.ToDateTimeOffset());

    private static DateOnly? DayOf(Timestamp? timestamp) => timestamp is null ? null : SwedishCalendar.DateOf(timestamp.ToDateTimeOffset());
}
