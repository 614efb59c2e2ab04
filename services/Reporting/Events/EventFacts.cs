using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Reporting.Events;

/// <summary>
/// What each subscribed event tells the statistics (<see cref="Domain.CaseFact"/>), or null for an event that is only
/// kept for the read models still to come (actions, deadlines, notifications to IVO).
/// </summary>
public static class EventFacts
{
    public static Domain.CaseFact? From(IMessage message) => message switch
    {
        IncidentReported e => Incident(e.IncidentId, e.UnitId) with { Month = MonthOf(e.ReportedAt) },
        IncidentTriaged e => Incident(e.IncidentId, e.UnitId) with
        {
            Kind = Name(e.Kind),
            Categories = [.. Named(Name(e.Subtype))],
            CategoriesAt = At(e.TriagedAt),
            ProgressedAt = At(e.TriagedAt),
        },
        InvestigationCompleted e => Incident(e.IncidentId, e.UnitId) with { ProgressedAt = At(e.CompletedAt) },
        IncidentClosed e => Incident(e.IncidentId, e.UnitId) with { Kind = Name(e.Kind), ClosedAt = At(e.ClosedAt) },
        IncidentReopened e => Incident(e.IncidentId, null) with { ReopenedAt = At(e.ReopenedAt) },
        ComplaintReceived e => Complaint(e.ComplaintId, e.UnitId) with
        {
            Month = IsoDates.Parse(e.ReceivedOn) is { } day ? Domain.Months.Of(day) : MonthOf(e.RegisteredAt),
            Kind = Name(e.Kind),
            Categories = [.. e.CategoryIds],
            CategoriesAt = At(e.RegisteredAt),
        },
        ComplaintClassified e => Complaint(e.ComplaintId, e.UnitId) with { Categories = [.. e.CategoryIds], CategoriesAt = At(e.ClassifiedAt) },
        ComplaintAcknowledged e => Complaint(e.ComplaintId, e.UnitId) with { ProgressedAt = At(e.AcknowledgedAt) },
        ComplaintAnswered e => Complaint(e.ComplaintId, e.UnitId) with { ProgressedAt = At(e.AnsweredAt) },
        ComplaintClosed e => Complaint(e.ComplaintId, e.UnitId) with { ClosedAt = At(e.ClosedAt) },
        ComplaintReopened e => Complaint(e.ComplaintId, e.UnitId) with { ReopenedAt = At(e.ReopenedAt) },
        ComplaintLinkedToIncident e => Complaint(e.ComplaintId, e.UnitId) with { ProgressedAt = At(e.LinkedAt) },
        // Handed over to another huvudman, the complaint is done here; the receiver counts its own.
        ComplaintForwarded e => Complaint(e.ComplaintId, e.UnitId) with { ClosedAt = At(e.ForwardedAt) },
        _ => null,
    };

    /// <summary>The protobuf name of an enum value (e.g. INCIDENT_KIND_HEALTH_CARE), empty for the unspecified zero.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, System.Enum
    {
        if (Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return "";
        }
        var field = typeof(TEnum).GetField(value.ToString());
        return field?.GetCustomAttributes(typeof(OriginalNameAttribute), false).OfType<OriginalNameAttribute>().FirstOrDefault()?.Name ?? "";
    }

    private static Domain.CaseFact Incident(string id, string? unitId) => new(Domain.CaseType.Incident, id) { UnitId = NonEmpty(unitId) };

    private static Domain.CaseFact Complaint(string id, string? unitId) => new(Domain.CaseType.Complaint, id) { UnitId = NonEmpty(unitId) };

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static IEnumerable<string> Named(string name) => name.Length == 0 ? [] : [name];

    private static DateTimeOffset? At(Timestamp? timestamp) => timestamp?.ToDateTimeOffset();

    private static int? MonthOf(Timestamp? timestamp) => timestamp is null ? null : Domain.Months.Of(timestamp.ToDateTimeOffset());
}
