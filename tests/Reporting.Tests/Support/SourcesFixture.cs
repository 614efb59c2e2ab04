using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Complaints.Data;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Incidents.Data;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests.Support;

/// <summary>
/// A Reporting service fed by real Incidents and Complaints services over HTTP (Direct delivery), each on its own
/// fresh database, and a known set of cases of äldrenämnden reported and handled through the source services' APIs
/// (<see cref="Seeded"/>), delivered before the tests start.
/// </summary>
public sealed class SourcesFixture : IAsyncLifetime
{
    /// <summary>Texts and people of the seeded cases: none of them may reach a reporting response.</summary>
    public static readonly string[] PersonalData =
    [
        "Brukaren föll i duschen", "Brukare B.", "Hjälpte brukaren upp", "Karin Berg", "070-123 45 67", "Sen hemtjänst",
        "Personalen kom två timmar för sent", DemoUsers.AnnaAnderssonSub, DemoUsers.ErikErikssonSub, DemoUsers.AnnaAndersson,
    ];

    private readonly List<TestDatabase> databases = [];

    public DevTokenIssuerProcess Issuer { get; private set; } = null!;

    public ServiceHost Reporting { get; private set; } = null!;

    public ServiceHost Incidents { get; private set; } = null!;

    public ServiceHost Complaints { get; private set; } = null!;

    /// <summary>The ids of the seeded cases, which no reporting response may carry either.</summary>
    public List<string> CaseIds { get; } = [];

    /// <summary>The month the seeded cases count in (Swedish today; the tests do not run across a month's last midnight).</summary>
    public static string ThisMonth => SwedishCalendar.Today(TimeProvider.System).ToIso()[..7];

    public async Task InitializeAsync()
    {
        Issuer = await DevTokenIssuerProcess.StartAsync();
        Reporting = await ReportingHost.StartAsync(await DatabaseAsync(), Issuer);
        Incidents = await ReportingHost.StartIncidentsAsync(await DatabaseAsync(), Issuer, Reporting);
        Complaints = await ReportingHost.StartComplaintsAsync(await DatabaseAsync(), Issuer, Reporting);
        await SeedAsync();
        await DeliveredAsync();
    }

    public async Task DisposeAsync()
    {
        await Complaints.DisposeAsync();
        await Incidents.DisposeAsync();
        await Reporting.DisposeAsync();
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
        await Issuer.DisposeAsync();
    }

    public async Task<StatisticsService.StatisticsServiceClient> ReportingAsAsync(string username) => new(Reporting.Channel(await Issuer.DemoTokenAsync(username)));

    public async Task<IncidentService.IncidentServiceClient> IncidentsAsAsync(string username) => new(Incidents.Channel(await Issuer.DemoTokenAsync(username)));

    public async Task<ComplaintService.ComplaintServiceClient> ComplaintsAsAsync(string username) => new(Complaints.Channel(await Issuer.DemoTokenAsync(username)));

    /// <summary>Waits until every event the source services published was taken by the Reporting service.</summary>
    public async Task DeliveredAsync()
    {
        foreach (var source in new[] { Incidents, Complaints })
        {
            await Eventually.TrueAsync(
                async () => (await OutboxAsync(source)).All(m => m.DeliveredAt != null),
                "the source services' events to reach Reporting");
        }
    }

    /// <summary>Every event the source services published, as they published them.</summary>
    public async Task<List<OutboxMessage>> PublishedAsync() => [.. await OutboxAsync(Incidents), .. await OutboxAsync(Complaints)];

    private Task<List<OutboxMessage>> OutboxAsync(ServiceHost source) => source == Incidents
        ? source.QueryAsync<IncidentsDb, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync())
        : source.QueryAsync<ComplaintsDb, List<OutboxMessage>>(db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());

    /// <summary>
    /// Äldrenämnden: at Hemtjänst Norr six SoL incidents (one of them closed) and two not yet triaged; at Solgården three
    /// HSL falls; three klagomål at Hemtjänst Norr (one acknowledged) and one beröm at Solgården. Socialnämnden: two SoL
    /// incidents at HVB Björken.
    /// </summary>
    private async Task SeedAsync()
    {
        var developer = await IncidentsAsAsync(Demo.SocialQualityDeveloper);
        for (var i = 0; i < 2; i++)
        {
            var id = (await Eventually.PermittedAsync(() => developer.ReportIncidentAsync(Report(Demo.HvbBjorken)), "Klara reports at HVB Björken")).Incident.IncidentId;
            CaseIds.Add(id);
            await developer.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = id, Kind = IncidentKind.SocialCare, Severity = Severity.Minor });
        }

        var reporter = await IncidentsAsAsync(Demo.AldreEmployee);
        var nurse = await IncidentsAsAsync(Demo.SolgardenNurse);
        var manager = await IncidentsAsAsync(Demo.AldreUnitManager);
        var mas = await IncidentsAsAsync(Demo.AldreMas);
        for (var i = 0; i < 8; i++)
        {
            var id = (await Eventually.PermittedAsync(() => reporter.ReportIncidentAsync(Report(Demo.HemtjanstNorr)), "Anna reports at Hemtjänst Norr")).Incident.IncidentId;
            CaseIds.Add(id);
            if (i < 6)
            {
                await manager.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = id, Kind = IncidentKind.SocialCare, Severity = Severity.Moderate });
            }
            if (i == 0)
            {
                await CloseAsync(manager, id);
            }
        }
        for (var i = 0; i < 3; i++)
        {
            var id = (await nurse.ReportIncidentAsync(Report(Demo.Solgarden))).Incident.IncidentId;
            CaseIds.Add(id);
            await mas.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = id, Kind = IncidentKind.HealthCare, Subtype = IncidentSubtype.Fall, Severity = Severity.Minor });
        }

        var registrar = await ComplaintsAsAsync(Demo.AldreEmployee);
        var today = SwedishCalendar.Today(TimeProvider.System).ToIso();
        for (var i = 0; i < 3; i++)
        {
            var complaint = (await registrar.RegisterComplaintAsync(Complaint(Demo.HemtjanstNorr, ComplaintKind.Complaint, today))).Complaint;
            CaseIds.Add(complaint.ComplaintId);
            if (i == 0)
            {
                await (await ComplaintsAsAsync(Demo.AldreUnitManager)).AcknowledgeComplaintAsync(
                    new AcknowledgeComplaintRequest { ComplaintId = complaint.ComplaintId, AcknowledgedOn = today, Note = "Ringt upp Karin Berg" });
            }
        }
        var praise = (await (await ComplaintsAsAsync(Demo.SolgardenNurse)).RegisterComplaintAsync(Complaint(Demo.Solgarden, ComplaintKind.Praise, today))).Complaint;
        CaseIds.Add(praise.ComplaintId);
    }

    private static async Task CloseAsync(IncidentService.IncidentServiceClient manager, string id)
    {
        await manager.StartInvestigationAsync(new Contracts.Incidents.V1.StartInvestigationRequest { IncidentId = id });
        await manager.CompleteInvestigationAsync(new CompleteInvestigationRequest
        {
            IncidentId = id, WhatHappened = "Brukaren föll i duschen när mattan låg fel.", Why = "Mattan saknade halkskydd.",
            RootCauses = { RootCause.Environment }, Prevention = "Halkskydd i alla duschar.",
        });
        var decided = await manager.DecideActionsAsync(new DecideActionsRequest
        {
            IncidentId = id,
            Actions = { new NewAction { Description = "Köp halkskydd", ResponsibleUserId = DemoUsers.ErikErikssonSub, DueAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(14)) } },
        });
        await manager.CompleteActionAsync(new CompleteActionRequest { IncidentId = id, ActionId = decided.Incident.Actions[0].ActionId });
        await manager.FollowUpIncidentAsync(new FollowUpIncidentRequest { IncidentId = id, Effect = "Inga fler fall." });
        await manager.CloseIncidentAsync(new CloseIncidentRequest { IncidentId = id, Outcome = "Halkskydd finns." });
    }

    private static ReportIncidentRequest Report(string unitId) => new()
    {
        WhatHappened = "Brukaren föll i duschen på morgonen.",
        OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-30)),
        UnitId = unitId,
        ImmediateActions = "Hjälpte brukaren upp och ringde sjuksköterskan.",
        InvolvedPersonReference = "Brukare B.",
    };

    private static RegisterComplaintRequest Complaint(string unitId, ComplaintKind kind, string receivedOn) => new()
    {
        UnitId = unitId,
        Kind = kind,
        Channel = Channel.Phone,
        ReceivedOn = receivedOn,
        Subject = "Sen hemtjänst",
        Description = "Personalen kom två timmar för sent.",
        Complainant = new Complainant { Role = ComplainantRole.Relative, Name = "Karin Berg", Phone = "070-123 45 67" },
    };

    private async Task<TestDatabase> DatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync();
        databases.Add(database);
        return database;
    }
}

[CollectionDefinition(Name)]
public sealed class SourcesGroup : ICollectionFixture<SourcesFixture>
{
    public const string Name = "sources";
}
