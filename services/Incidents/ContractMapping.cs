using Ledningssystem.Contracts.Incidents.V1;

namespace Ledningssystem.Incidents;

/// <summary>
/// The domain's enums to the contract's and back, for the API, the events and the jobs alike; the
/// contract's enums number their values like the domain's, so conversions are casts.
/// </summary>
public static class ContractMapping
{
    public static IncidentState ToProto(this Domain.IncidentState state) => (IncidentState)(int)state;

    public static IncidentKind ToProto(this Domain.IncidentKind? kind) => kind is { } k ? (IncidentKind)(int)k : IncidentKind.Unspecified;

    public static IncidentSubtype ToProto(this Domain.IncidentSubtype? subtype) => subtype is { } s ? (IncidentSubtype)(int)s : IncidentSubtype.Unspecified;

    public static Severity ToProto(this Domain.Severity? severity) => severity is { } s ? (Severity)(int)s : Severity.Unspecified;

    public static Track ToProto(this Domain.Track track) => (Track)(int)track;

    public static RootCause ToProto(this Domain.RootCause cause) => (RootCause)(int)cause;

    public static DeadlineStage ToProto(this Domain.DeadlineStage stage) => (DeadlineStage)(int)stage;

    public static ActionStatus ToProto(this Domain.ActionStatus status) => (ActionStatus)(int)status;

    public static NoticeKind ToProto(this Domain.NoticeKind kind) => (NoticeKind)(int)kind;

    public static Domain.IncidentKind ToDomain(this IncidentKind kind) => (Domain.IncidentKind)(int)kind;

    public static Domain.IncidentSubtype? ToDomain(this IncidentSubtype subtype) =>
        subtype == IncidentSubtype.Unspecified ? null : (Domain.IncidentSubtype)(int)subtype;

    public static Domain.Severity ToDomain(this Severity severity) => (Domain.Severity)(int)severity;

    public static Domain.RootCause ToDomain(this RootCause cause) => (Domain.RootCause)(int)cause;

    public static Domain.IncidentState ToDomain(this IncidentState state) => (Domain.IncidentState)(int)state;

    public static Domain.Track ToDomain(this Track track) => (Domain.Track)(int)track;

    public static Domain.NoticeKind ToDomain(this NoticeKind kind) => (Domain.NoticeKind)(int)kind;
}
