using Google.Protobuf;
using Ledningssystem.Contracts.Events.V1;
using static Ledningssystem.Reporting.Tests.Support.FollowUpSeed;
using ComplaintKind = Ledningssystem.Contracts.Complaints.V1.ComplaintKind;
using IncidentKind = Ledningssystem.Contracts.Incidents.V1.IncidentKind;
using Track = Ledningssystem.Contracts.Incidents.V1.Track;

namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>
/// Socialnämnden's klagomål and lex Sarah reports in 2022 and the first half of 2023, as Complaints and Incidents publish
/// them, for the joint analysis of the first half of 2023 (the half before: July–December 2022; last year: January–June
/// 2022). Years no other test reads.
/// <list type="bullet">
/// <item>HVB Björken: 6 klagomål (5 about bemötande, 1 about kommunikation) in January 2023 and 5 lex Sarah reports in
/// February, 2 of them investigated on the lex Sarah track in March and 1 notified to IVO; the half before 5 klagomål
/// and 1 lex Sarah report; last year 2 klagomål. Both rose, and bemötande recurs where there are lex Sarah reports.</item>
/// <item>Skyddat boende Fyren: 7 klagomål (3 about bemötande), a synpunkt and a beröm in May 2023 and no lex Sarah
/// report at all; the half before 2 klagomål. Many klagomål but no lex Sarah report: a warning sign.</item>
/// </list>
/// </summary>
public static class JointAnalysisSeed
{
    public const string Bemotande = "kategori-bemotande";
    public const string Kommunikation = "kategori-kommunikation";

    public static readonly (IMessage Event, string Id)[] Events =
    [
        .. Complaints("hvb-2023-", Hvb, ComplaintKind.Complaint, "2023-01-16", 6, i => i < 5 ? Bemotande : Kommunikation),
        .. Complaints("hvb-2022h2-", Hvb, ComplaintKind.Complaint, "2022-10-03", 5, _ => Kommunikation),
        .. Complaints("hvb-2022h1-", Hvb, ComplaintKind.Complaint, "2022-03-01", 2, _ => Kommunikation),
        .. Complaints("fyren-2023-", Fyren, ComplaintKind.Complaint, "2023-05-08", 7, i => i < 3 ? Bemotande : Kommunikation),
        .. Complaints("fyren-2023-synpunkt-", Fyren, ComplaintKind.Opinion, "2023-05-09", 1, _ => Kommunikation),
        .. Complaints("fyren-2023-berom-", Fyren, ComplaintKind.Praise, "2023-05-10", 1, _ => Bemotande),
        .. Complaints("fyren-2022h2-", Fyren, ComplaintKind.Complaint, "2022-11-07", 2, _ => Bemotande),
        .. LexSarahReports("hvb-ls-2023-", "2023-02-14T09:00:00Z", 5),
        .. LexSarahReports("hvb-ls-2022h2-", "2022-09-01T09:00:00Z", 1),
        Of(new IncidentEscalated { TenantId = Tenant, IncidentId = "hvb-ls-2023-0", UnitId = Hvb, Track = Track.LexSarah, EscalatedAt = At("2023-03-01T09:00:00Z") }),
        Of(new IncidentEscalated { TenantId = Tenant, IncidentId = "hvb-ls-2023-1", UnitId = Hvb, Track = Track.LexSarah, EscalatedAt = At("2023-03-02T09:00:00Z") }),
        Of(new IvoNotificationSent { TenantId = Tenant, IncidentId = "hvb-ls-2023-0", Track = Track.LexSarah, SentAt = At("2023-03-20T09:00:00Z") }),
    ];

    /// <summary>
    /// Delivers the two units' UnitCreated (so that each case also counts in its unit's verksamhetsformer, and must still
    /// count once) and every event once, in order (again: nothing changes).
    /// </summary>
    public static async Task DeliverAllAsync(ServiceHost reporting)
    {
        using var http = new HttpClient { BaseAddress = reporting.WebAddress };
        foreach (var unit in DemoOrganization.Units().Where(u => u.UnitId is Hvb or Fyren))
        {
            Assert.Equal("SUCCESS", await http.DeliverAsync(unit, unit.TenantId, "unit-" + unit.UnitId));
        }
        foreach (var (message, id) in Events)
        {
            Assert.Equal("SUCCESS", await DeliverAsync(http, message, id));
        }
    }

    private static IEnumerable<(IMessage, string)> Complaints(string prefix, string unitId, ComplaintKind kind, string receivedOn, int count, Func<int, string> category) =>
        Enumerable.Range(0, count).Select(i => Of(new ComplaintReceived
        {
            TenantId = Tenant, ComplaintId = prefix + i, UnitId = unitId, Kind = kind, ReceivedOn = receivedOn, CategoryIds = { category(i) },
            RegisteredAt = At(receivedOn + "T10:00:00Z"),
        }));

    private static IEnumerable<(IMessage, string)> LexSarahReports(string prefix, string reportedAt, int count) =>
        Enumerable.Range(0, count).SelectMany(i => new[]
        {
            Of(new IncidentReported { TenantId = Tenant, IncidentId = prefix + i, UnitId = Hvb, ReportedAt = At(reportedAt) }),
            Of(new IncidentTriaged { TenantId = Tenant, IncidentId = prefix + i, UnitId = Hvb, Kind = IncidentKind.LexSarah, TriagedAt = At(reportedAt) }),
        });
}
