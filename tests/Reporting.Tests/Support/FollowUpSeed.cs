using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Events.V1;
using IncidentKind = Ledningssystem.Contracts.Incidents.V1.IncidentKind;
using InspectionSeverity = Ledningssystem.Contracts.SelfInspection.V1.Severity;
using RiskLevel = Ledningssystem.Contracts.Risks.V1.RiskLevel;
using Track = Ledningssystem.Contracts.Incidents.V1.Track;

namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>
/// Socialnämnden's egenkontroll, risks, internkontrollplan, lex Sarah case and a few incidents and complaints in 2024
/// and 2025, as the SelfInspection, Risks, Incidents and Complaints services publish them, for the avdelning individ-
/// och familjeomsorg (HVB Björken and Skyddat boende Fyren). Delivered as CloudEvents to the Reporting service's own
/// subscriptions, as Direct delivery and Dapr do. No SelfInspection or Risks service runs in these tests.
/// </summary>
public static class FollowUpSeed
{
    public const string Tenant = "socialnamnden";
    public const string Avdelning = "socialnamnden.individ-familj";
    public const string Hvb = "socialnamnden.hvb-bjorken";
    public const string Fyren = "socialnamnden.skyddat-boende";

    /// <summary>The user responsible for the finding's action.</summary>
    public const string Responsible = "0b7e6f51-2f4a-4c4e-9d3a-5a1f7f6c1e01";

    /// <summary>A risk's title in the internkontrollplan: free text, which the event store must not keep.</summary>
    public const string RiskTitle = "Brister i överlämningen mellan skift";

    public static readonly (IMessage Event, string Id)[] Events =
    [
        // Egenkontroll: two at HVB Björken in March 2025 (one a control of the internkontrollplan), one at Fyren in April.
        Of(new InspectionCompleted { TenantId = Tenant, ExecutionId = "e1", OccurrenceId = "o1", UnitId = Hvb, Score = 80, Findings = 2, CompletedAt = At("2025-03-10T09:00:00Z") }),
        Of(new InspectionCompleted { TenantId = Tenant, ExecutionId = "e2", OccurrenceId = "o2", UnitId = Hvb, Score = 90.5, RiskId = "r1", CompletedAt = At("2025-03-20T09:00:00Z") }),
        Of(new InspectionCompleted { TenantId = Tenant, ExecutionId = "e3", OccurrenceId = "o3", UnitId = Fyren, Score = 70, Findings = 1, CompletedAt = At("2025-04-02T09:00:00Z") }),
        Of(new FindingRaised { TenantId = Tenant, FindingId = "f1", ExecutionId = "e1", UnitId = Hvb, Severity = InspectionSeverity.High, RaisedAt = At("2025-03-10T09:00:00Z") }),
        Of(new FindingRaised { TenantId = Tenant, FindingId = "f2", ExecutionId = "e1", UnitId = Hvb, Severity = InspectionSeverity.Medium, RaisedAt = At("2025-03-10T09:00:00Z") }),
        Of(new FindingRaised { TenantId = Tenant, FindingId = "f3", ExecutionId = "e3", UnitId = Fyren, Severity = InspectionSeverity.Low, RaisedAt = At("2025-04-02T09:00:00Z") }),
        // f1 gets an action due on 30 April 2025, never completed; f2 is accepted without action; f3 waits.
        Of(new InspectionActionDecided { TenantId = Tenant, FindingId = "f1", UnitId = Hvb, DueOn = "2025-04-30", DecidedAt = At("2025-03-11T09:00:00Z"), ResponsibleUserId = Responsible }),
        Of(new InspectionActionDecided { TenantId = Tenant, FindingId = "f2", UnitId = Hvb, Accepted = true, DecidedAt = At("2025-03-11T10:00:00Z") }),
        // Risks: r1 assessed high, then (later) medium after its action; r2 low and closed; r3 not yet assessed.
        Of(new RiskIdentified { TenantId = Tenant, RiskId = "r1", UnitId = Hvb, IdentifiedOn = "2025-03-03", IdentifiedAt = At("2025-03-03T08:00:00Z") }),
        Of(new RiskAssessed { TenantId = Tenant, RiskId = "r1", UnitId = Hvb, Level = RiskLevel.High, AssessedAt = At("2025-03-04T08:00:00Z") }),
        Of(new RiskActionDecided { TenantId = Tenant, RiskId = "r1", UnitId = Hvb, ActionId = "ra1", DueOn = "2025-05-15", DecidedAt = At("2025-03-05T08:00:00Z"), Responsible = "Enhetschef HVB" }),
        Of(new RiskActionCompleted { TenantId = Tenant, RiskId = "r1", UnitId = Hvb, ActionId = "ra1", CompletedOn = "2025-04-10", CompletedAt = At("2025-04-10T08:00:00Z") }),
        Of(new RiskAssessed { TenantId = Tenant, RiskId = "r1", UnitId = Hvb, Level = RiskLevel.Medium, AssessedAt = At("2025-04-11T08:00:00Z") }),
        Of(new RiskIdentified { TenantId = Tenant, RiskId = "r2", UnitId = Fyren, IdentifiedOn = "2025-04-01", IdentifiedAt = At("2025-04-01T08:00:00Z") }),
        Of(new RiskAssessed { TenantId = Tenant, RiskId = "r2", UnitId = Fyren, Level = RiskLevel.Low, AssessedAt = At("2025-04-01T09:00:00Z") }),
        Of(new RiskClosed { TenantId = Tenant, RiskId = "r2", UnitId = Fyren, Level = RiskLevel.Low, ClosedAt = At("2025-04-20T09:00:00Z") }),
        Of(new RiskIdentified { TenantId = Tenant, RiskId = "r3", UnitId = Fyren, IdentifiedOn = "2025-04-25", IdentifiedAt = At("2025-04-25T08:00:00Z") }),
        // The RoV for 2025: one control at HVB Björken, one for the whole nämnd.
        Of(new InternalControlPlanAdopted
        {
            TenantId = Tenant, AssessmentId = "rov2025", Year = 2025, AdoptedAt = At("2025-01-20T12:00:00Z"),
            Controls =
            {
                new InternalControl { RiskId = "r1", UnitId = Hvb, Title = RiskTitle, Control = "Stickprov av överlämningar", ResponsibleRole = "enhetschef", Months = { 3 } },
                new InternalControl { RiskId = "r9", Title = "Sena utbetalningar", Control = "Kontroll av utbetalningslistor", ResponsibleRole = "controller" },
            },
        }),
        // A lex Sarah investigation at HVB Björken in March 2025, notified to IVO.
        Of(new IncidentEscalated { TenantId = Tenant, IncidentId = "i1", UnitId = Hvb, Track = Track.LexSarah, EscalatedAt = At("2025-03-21T10:00:00Z") }),
        Of(new IvoNotificationSent { TenantId = Tenant, IncidentId = "i1", Track = Track.LexSarah, SentAt = At("2025-03-28T10:00:00Z") }),
        // Fel och brister: one in T1 2025, one in the months before it, one in T1 2024.
        .. Incident("i1", "2025-02-10T10:00:00Z"),
        .. Incident("i2", "2024-11-05T10:00:00Z"),
        .. Incident("i3", "2024-03-01T10:00:00Z"),
        // A klagomål and a beröm in T1 2025.
        Of(new ComplaintReceived { TenantId = Tenant, ComplaintId = "c1", UnitId = Fyren, Kind = Contracts.Complaints.V1.ComplaintKind.Complaint, ReceivedOn = "2025-04-01", RegisteredAt = At("2025-04-01T10:00:00Z") }),
        Of(new ComplaintReceived { TenantId = Tenant, ComplaintId = "c2", UnitId = Hvb, Kind = Contracts.Complaints.V1.ComplaintKind.Praise, ReceivedOn = "2025-01-15", RegisteredAt = At("2025-01-15T10:00:00Z") }),
        // In June 2025 a klagomål that raised an incident, and a synpunkt acknowledged late and then forwarded to another huvudman.
        Of(new ComplaintReceived { TenantId = Tenant, ComplaintId = "c3", UnitId = Hvb, Kind = Contracts.Complaints.V1.ComplaintKind.Complaint, ReceivedOn = "2025-06-02", RegisteredAt = At("2025-06-02T10:00:00Z") }),
        Of(new ComplaintLinkedToIncident { TenantId = Tenant, ComplaintId = "c3", UnitId = Hvb, IncidentId = "i4", LinkedAt = At("2025-06-03T10:00:00Z") }),
        Of(new ComplaintReceived { TenantId = Tenant, ComplaintId = "c4", UnitId = Fyren, Kind = Contracts.Complaints.V1.ComplaintKind.Opinion, ReceivedOn = "2025-06-05", RegisteredAt = At("2025-06-05T10:00:00Z") }),
        Of(new ComplaintDeadlinePassed { TenantId = Tenant, ComplaintId = "c4", UnitId = Fyren, Stage = Contracts.Complaints.V1.DeadlineStage.Acknowledge, DueAt = At("2025-06-10T15:00:00Z") }),
        Of(new ComplaintForwarded { TenantId = Tenant, ComplaintId = "c4", UnitId = Fyren, ToTenantId = "stodboende-ab", ToUnitId = "stodboende-ab.stodboendet-linden", ForwardedAt = At("2025-06-12T10:00:00Z") }),
    ];

    /// <summary>Posts an event to the service's subscription route; answers the subscriber's status.</summary>
    public static async Task<string> DeliverAsync(HttpClient http, IMessage message, string id)
    {
        var data = JsonNode.Parse(JsonFormatter.Default.Format(message));
        var cloudEvent = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = id,
            ["source"] = "tests",
            ["type"] = message.Descriptor.FullName,
            ["subject"] = id,
            ["datacontenttype"] = "application/json",
            ["tenantid"] = Tenant,
            ["data"] = data,
        };
        using var content = new StringContent(cloudEvent.ToJsonString(), Encoding.UTF8, "application/cloudevents+json");
        using var response = await http.PostAsync(new Uri($"/events/{message.Descriptor.FullName}", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() ?? "";
    }

    /// <summary>Delivers every seed event once, in order, to the service.</summary>
    public static async Task DeliverAllAsync(ServiceHost reporting)
    {
        using var http = new HttpClient { BaseAddress = reporting.WebAddress };
        foreach (var (message, id) in Events)
        {
            Assert.Equal("SUCCESS", await DeliverAsync(http, message, id));
        }
    }

    /// <summary>An event with its CloudEvent id, the same for the same event in every run.</summary>
    public static (IMessage, string) Of(IMessage message) =>
        (message, new Guid(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(message.Descriptor.Name + JsonFormatter.Default.Format(message)))[..16]).ToString());

    private static IEnumerable<(IMessage, string)> Incident(string id, string reportedAt) =>
    [
        Of(new IncidentReported { TenantId = Tenant, IncidentId = id, UnitId = Hvb, ReportedAt = At(reportedAt) }),
        Of(new IncidentTriaged { TenantId = Tenant, IncidentId = id, UnitId = Hvb, Kind = IncidentKind.SocialCare, TriagedAt = At(reportedAt) }),
    ];

    public static Timestamp At(string instant) => Timestamp.FromDateTimeOffset(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
}
