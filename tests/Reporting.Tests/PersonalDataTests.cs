using System.Reflection;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests;

/// <summary>
/// No personal data reaches any reporting response: cases full of people, personnummer, phone numbers, e-mail and free
/// text go through the real Incidents and Complaints services, the Organizations events carry a person's name and a
/// personnummer-shaped organisation number, and then every RPC of every service in ledningssystem.reporting.v1 is
/// called and its responses searched, as JSON and as bytes. An RPC this test does not call fails it.
/// </summary>
[Collection(SourcesGroup.Name)]
public sealed class PersonalDataTests(SourcesFixture platform)
{
    private const string Person = "Sven Svensson";
    private const string Personnummer = "19400101-1234";
    private const string ReporterPhone = "070-987 65 43";
    private const string Complainant = "Greta Persson";
    private const string ComplainantPhone = "08-123 456 78";
    private const string ComplainantEmail = "greta.persson@example.se";
    private const string ComplainantPersonnummer = "19521212-9876";
    private const string SoleTraderName = "Svenssons Omsorg";
    private const string SoleTraderNumber = "19450312-1234";
    private const string UnitNamedAfterPerson = "Hemtjänst hos Märta Ek";

    /// <summary>The people in the cases and what was written about them: in no response at all.</summary>
    private static readonly string[] CaseTexts =
    [
        Person, Personnummer, ReporterPhone, Complainant, ComplainantPhone, ComplainantEmail, ComplainantPersonnummer,
        "föll ur sängen", "glömde larmet", "Bemötandet var kränkande", "ringde anhöriga",
    ];

    /// <summary>
    /// A sole trader's name and personnummer-shaped organisation number, a unit named after a person, and the staff who
    /// reported and handled the cases: in no response but the kvalitetsråd's.
    /// </summary>
    private static readonly string[] OrganisationTexts =
    [
        SoleTraderName, SoleTraderNumber, UnitNamedAfterPerson,
        DemoUsers.AnnaAndersson, DemoUsers.AnnaAnderssonSub, DemoUsers.ErikErikssonSub, "Anna Andersson", "Erik Eriksson",
    ];

    /// <summary>
    /// The kvalitetsråd's views name the unit, who is responsible for what and the case an action belongs to, for the
    /// unit's chefs and quality staff (never the nämnd); they too carry nothing about the people in the cases.
    /// </summary>
    private static readonly string[] StaffViews =
    [
        $"ledningssystem.reporting.v1.{nameof(QualityCouncilService)}/",
        // The berättelse's history names the staff who wrote and approved it; its public read does not.
        $"ledningssystem.reporting.v1.{nameof(AnnualReportService)}/",
        // The joint analysis names its writer and who is responsible for its actions, and its underlag the units.
        $"ledningssystem.reporting.v1.{nameof(JointAnalysisService)}/",
    ];

    [Fact]
    [Trait("Category", "Database")]
    public async Task No_response_of_any_reporting_rpc_carries_a_person_a_personnummer_contact_details_free_text_or_a_case_id()
    {
        var databases = new List<TestDatabase>();
        async Task<TestDatabase> DatabaseAsync()
        {
            databases.Add(await TestDatabase.CreateAsync());
            return databases[^1];
        }
        try
        {
            // The services stop before their databases go.
            await using var reporting = await ReportingHost.StartAsync(await DatabaseAsync(), platform.Issuer);
            await using var incidentsHost = await ReportingHost.StartIncidentsAsync(await DatabaseAsync(), platform.Issuer, reporting);
            await using var complaintsHost = await ReportingHost.StartComplaintsAsync(await DatabaseAsync(), platform.Issuer, reporting);
            var caseIds = await SeedAsync(reporting, incidentsHost, complaintsHost);
            var responses = await CallEveryRpcAsync(reporting);

            var uncovered = ReportingMethods().Except(responses.Select(r => r.Method)).ToList();
            Assert.True(uncovered.Count == 0, $"Call these RPCs in {nameof(PersonalDataTests)}: {string.Join(", ", uncovered)}");
            Assert.Contains(responses, r => r.Method.EndsWith("/GetStatistics", StringComparison.Ordinal) && r.Response.CalculateSize() > 20);
            foreach (var (method, response) in responses)
            {
                var json = JsonFormatter.Default.Format(response);
                var bytes = response.ToByteArray();
                var forbidden = StaffViews.Any(view => method.StartsWith(view, StringComparison.Ordinal)) ? CaseTexts : [.. CaseTexts, .. OrganisationTexts, .. caseIds];
                foreach (var text in forbidden)
                {
                    Assert.False(json.Contains(text, StringComparison.OrdinalIgnoreCase), $"{method} answered \"{text}\" in {json}");
                    Assert.False(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0, $"{method} answered the bytes of \"{text}\".");
                }
            }
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    /// <summary>Every RPC of every service of the reporting package, as "service/method".</summary>
    private static IEnumerable<string> ReportingMethods() =>
        typeof(StatisticsService).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .Where(file => file.Package == "ledningssystem.reporting.v1")
            .SelectMany(file => file.Services)
            .SelectMany(service => service.Methods.Select(method => $"{service.FullName}/{method.Name}"))
            .Distinct();

    private async Task<List<(string Method, IMessage Response)>> CallEveryRpcAsync(ServiceHost reporting)
    {
        var responses = new List<(string, IMessage)>();
        async Task CallAsync<TResponse>(string service, string method, Func<Task<TResponse>> call)
            where TResponse : IMessage => responses.Add(($"ledningssystem.reporting.v1.{service}/{method}", await call()));
        Task CallAnyAsync(string service, string method, Func<Task<IMessage>> call) => CallAsync(service, method, call);

        var mas = new StatisticsService.StatisticsServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreMas)));
        var developer = new StatisticsService.StatisticsServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.SocialQualityDeveloper)));
        foreach (var subject in new[] { Subject.Incidents, Subject.Complaints, Subject.ComplaintCategories })
        {
            foreach (var form in new[] { Verksamhetsform.Unspecified, Verksamhetsform.Aldreomsorg })
            {
                var request = Statistics.ThisMonth(subject);
                request.Verksamhetsform = form;
                await CallAsync(nameof(StatisticsService), "GetStatistics", () => mas.GetStatisticsAsync(request).ResponseAsync);
            }
        }
        var today = SwedishCalendar.Today(TimeProvider.System);
        var quarter = new GetQuarterlyCompilationRequest { Year = today.Year, Quarter = ((today.Month - 1) / 3) + 1 };
        await CallAsync(nameof(StatisticsService), "GetQuarterlyCompilation", () => mas.GetQuarterlyCompilationAsync(quarter).ResponseAsync);
        await CallAsync(nameof(StatisticsService), "GetReportingSettings", () => mas.GetReportingSettingsAsync(new GetReportingSettingsRequest()).ResponseAsync);
        await CallAsync(nameof(StatisticsService), "SetReportingSettings", () => developer.SetReportingSettingsAsync(
            new SetReportingSettingsRequest { Settings = new ReportingSettings { SuppressionThreshold = 5 } }).ResponseAsync);
        await CallAsync(nameof(StatisticsService), "RebuildStatistics", () => developer.RebuildStatisticsAsync(new RebuildStatisticsRequest()).ResponseAsync);

        var provider = new RegionalComparisonService.RegionalComparisonServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(DemoUsers.ToveThorsson)));
        await CallAsync(nameof(RegionalComparisonService), "SetServiceUserCount", () => provider.SetServiceUserCountAsync(new SetServiceUserCountRequest
        {
            ServiceUserCount = new ServiceUserCount { Year = today.Year, Verksamhetsform = Verksamhetsform.Aldreomsorg, Count = 40 },
        }).ResponseAsync);
        await CallAsync(nameof(RegionalComparisonService), "ListServiceUserCounts", () => provider.ListServiceUserCountsAsync(new ListServiceUserCountsRequest()).ResponseAsync);
        await CallAsync(nameof(RegionalComparisonService), "SetComparisonConsent", () => provider.SetComparisonConsentAsync(
            new SetComparisonConsentRequest { Consent = new ComparisonConsent { Named = true } }).ResponseAsync);
        await CallAsync(nameof(RegionalComparisonService), "GetComparisonConsent", () => provider.GetComparisonConsentAsync(new GetComparisonConsentRequest()).ResponseAsync);
        foreach (var reader in new[] { DemoUsers.RasmusRydberg, Demo.AldreMas, DemoUsers.NilsNordin, DemoUsers.ToveThorsson })
        {
            var comparison = new RegionalComparisonService.RegionalComparisonServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(reader)));
            foreach (var subject in new[] { Subject.Incidents, Subject.Complaints })
            {
                var request = new GetRegionalComparisonRequest { Subject = subject, FromMonth = SourcesFixture.ThisMonth, ToMonth = SourcesFixture.ThisMonth };
                await CallAsync(nameof(RegionalComparisonService), "GetRegionalComparison", () => comparison.GetRegionalComparisonAsync(request).ResponseAsync);
            }
        }
        var council = new QualityCouncilService.QualityCouncilServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreUnitManager)));
        var thisMonth = new MonthPeriod { FromMonth = SourcesFixture.ThisMonth, ToMonth = SourcesFixture.ThisMonth };
        await CallAsync(nameof(QualityCouncilService), "ListBalanceItems", () => council.ListBalanceItemsAsync(new ListBalanceItemsRequest { UnitId = Demo.HemtjanstNorr }).ResponseAsync);
        await CallAsync(nameof(QualityCouncilService), "GetCouncilBasis", () => council.GetCouncilBasisAsync(new GetCouncilBasisRequest { UnitId = Demo.HemtjanstNorr, Months = thisMonth }).ResponseAsync);
        var recorded = await council.RecordCouncilProtocolAsync(new RecordCouncilProtocolRequest
        {
            UnitId = Demo.HemtjanstNorr,
            HeldOn = today.ToIso(),
            Months = thisMonth,
            Present = { "Erik Eriksson" },
            Decisions = { new CouncilDecision { Topic = CouncilTopic.SocialCareDeficiencies, Decision = "Rutinen för larm gås igenom på APT.", Responsible = "Erik Eriksson", FollowUpOn = today.AddMonths(1).ToIso() } },
        });
        responses.Add(($"ledningssystem.reporting.v1.{nameof(QualityCouncilService)}/RecordCouncilProtocol", recorded));
        await CallAsync(nameof(QualityCouncilService), "GetCouncilProtocol", () => council.GetCouncilProtocolAsync(new GetCouncilProtocolRequest { ProtocolId = recorded.Protocol.ProtocolId }).ResponseAsync);
        await CallAsync(nameof(QualityCouncilService), "ListCouncilProtocols", () => council.ListCouncilProtocolsAsync(new ListCouncilProtocolsRequest { UnitId = Demo.HemtjanstNorr }).ResponseAsync);
        await CallJointAnalysisAsync(reporting, today, CallAnyAsync);
        await CallAnnualReportsAsync(reporting, today, CallAnyAsync);
        return responses;
    }

    /// <summary>The joint analysis of this half-year: its underlag for the whole tenant and a unit, and a recorded analysis.</summary>
    private async Task CallJointAnalysisAsync(ServiceHost reporting, DateOnly today, Func<string, string, Func<Task<IMessage>>, Task> callAsync)
    {
        async Task CallAsync<TResponse>(string method, Func<Task<TResponse>> call)
            where TResponse : IMessage => await callAsync(nameof(JointAnalysisService), method, async () => await call());

        var mas = new JointAnalysisService.JointAnalysisServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreMas)));
        var half = today.Month <= 6 ? HalfYear.First : HalfYear.Second;
        foreach (var unitId in new[] { "", Demo.HemtjanstNorr })
        {
            await CallAsync("GetJointAnalysisBasis", () => mas.GetJointAnalysisBasisAsync(new GetJointAnalysisBasisRequest { UnitId = unitId, Year = today.Year, Half = half }).ResponseAsync);
        }
        var recorded = await mas.RecordJointAnalysisAsync(new RecordJointAnalysisRequest
        {
            UnitId = Demo.HemtjanstNorr, Year = today.Year, Half = half, Conclusions = "Klagomålen om bemötande hänger ihop med bristande introduktion.",
            Actions = { new JointAnalysisAction { Action = "Introduktionen ses över.", Responsible = "Erik Eriksson", DueOn = today.AddMonths(2).ToIso() } },
        });
        await callAsync(nameof(JointAnalysisService), "RecordJointAnalysis", () => Task.FromResult<IMessage>(recorded));
        await CallAsync("GetJointAnalysis", () => mas.GetJointAnalysisAsync(new GetJointAnalysisRequest { AnalysisId = recorded.Analysis.AnalysisId }).ResponseAsync);
        await CallAsync("ListJointAnalyses", () => mas.ListJointAnalysesAsync(new ListJointAnalysesRequest { UnitId = Demo.HemtjanstNorr }).ResponseAsync);
    }

    /// <summary>The berättelse through its whole workflow, its export and its public read; the statistics as files.</summary>
    private async Task CallAnnualReportsAsync(ServiceHost reporting, DateOnly today, Func<string, string, Func<Task<IMessage>>, Task> callAsync)
    {
        async Task CallAsync<TResponse>(string method, Func<Task<TResponse>> call)
            where TResponse : IMessage => await callAsync(nameof(AnnualReportService), method, async () => await call());

        var mas = new AnnualReportService.AnnualReportServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreMas)));
        var head = new AnnualReportService.AnnualReportServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(DemoUsers.VeraViklund)));
        var report = (await mas.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.PatientSafety, Year = today.Year })).Report;
        await callAsync(nameof(AnnualReportService), "CreateAnnualReport", () => Task.FromResult<IMessage>(new CreateAnnualReportResponse { Report = report }));
        var id = report.ReportId;
        await CallAsync("WriteAnnualReportSection", () => mas.WriteAnnualReportSectionAsync(new WriteAnnualReportSectionRequest
        {
            ReportId = id, Section = AnnualReportSection.Incidents, Text = "Avvikelserna följs upp i varje enhet.",
        }).ResponseAsync);
        await CallAsync("SubmitAnnualReport", () => mas.SubmitAnnualReportAsync(new SubmitAnnualReportRequest { ReportId = id }).ResponseAsync);
        await CallAsync("ReturnAnnualReport", () => head.ReturnAnnualReportAsync(new ReturnAnnualReportRequest { ReportId = id, Note = "Komplettera avsnittet om samverkan." }).ResponseAsync);
        await mas.SubmitAnnualReportAsync(new SubmitAnnualReportRequest { ReportId = id });
        await CallAsync("ApproveAnnualReport", () => head.ApproveAnnualReportAsync(new ApproveAnnualReportRequest { ReportId = id }).ResponseAsync);
        await CallAsync("PublishAnnualReport", () => head.PublishAnnualReportAsync(new PublishAnnualReportRequest { ReportId = id }).ResponseAsync);
        await CallAsync("GetAnnualReport", () => mas.GetAnnualReportAsync(new GetAnnualReportRequest { ReportId = id }).ResponseAsync);
        await CallAsync("ListAnnualReports", () => mas.ListAnnualReportsAsync(new ListAnnualReportsRequest()).ResponseAsync);
        await CallAsync("ListAnnualReportReminders", () => mas.ListAnnualReportRemindersAsync(new ListAnnualReportRemindersRequest()).ResponseAsync);
        var export = (await mas.StartAnnualReportExportAsync(new StartAnnualReportExportRequest { ReportId = id, Format = ExportFormat.Pdf })).Export;
        await callAsync(nameof(AnnualReportService), "StartAnnualReportExport", () => Task.FromResult<IMessage>(new StartAnnualReportExportResponse { Export = export }));
        var done = (await mas.PollAsync(export.ExportId))[^1];
        await callAsync(nameof(AnnualReportService), "GetAnnualReportExport", () => Task.FromResult<IMessage>(new GetAnnualReportExportResponse { Export = done }));
        var pdf = await AnnualReportCalls.ReadFileAsync(mas.DownloadAnnualReportExport(new DownloadAnnualReportExportRequest { ExportId = export.ExportId }));
        await callAsync(nameof(AnnualReportService), "DownloadAnnualReportExport", () => Task.FromResult<IMessage>(new DownloadAnnualReportExportResponse
        {
            Chunk = new FileChunk { FileName = pdf.FileName, Data = ByteString.CopyFrom(PdfText(pdf.Content)) },
        }));

        var anonymous = new PublicAnnualReportService.PublicAnnualReportServiceClient(reporting.Channel());
        await callAsync(nameof(PublicAnnualReportService), "GetPublishedAnnualReport", async () => await anonymous.GetPublishedAnnualReportAsync(
            new GetPublishedAnnualReportRequest { TenantId = Demo.Aldre, Kind = AnnualReportKind.PatientSafety, Year = today.Year }));
        await callAsync(nameof(PublicAnnualReportService), "ListPublishedAnnualReports", async () => await anonymous.ListPublishedAnnualReportsAsync(
            new ListPublishedAnnualReportsRequest { TenantId = Demo.Aldre }));

        var exports = new StatisticsExportService.StatisticsExportServiceClient(reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreMas)));
        var csv = await AnnualReportCalls.ReadFileAsync(exports.ExportStatistics(new ExportStatisticsRequest { Statistics = Statistics.ThisMonth(Subject.Incidents), Format = ExportFormat.Csv }));
        await callAsync(nameof(StatisticsExportService), "ExportStatistics", () => Task.FromResult<IMessage>(new ExportStatisticsResponse
        {
            Chunk = new FileChunk { FileName = csv.FileName, Data = ByteString.CopyFrom(csv.Content) },
        }));
        var quarter = new GetQuarterlyCompilationRequest { Year = today.Year, Quarter = ((today.Month - 1) / 3) + 1 };
        var compilation = await AnnualReportCalls.ReadFileAsync(exports.ExportQuarterlyCompilation(new ExportQuarterlyCompilationRequest { Compilation = quarter, Format = ExportFormat.Csv }));
        await callAsync(nameof(StatisticsExportService), "ExportQuarterlyCompilation", () => Task.FromResult<IMessage>(new ExportQuarterlyCompilationResponse
        {
            Chunk = new FileChunk { FileName = compilation.FileName, Data = ByteString.CopyFrom(compilation.Content) },
        }));
    }

    /// <summary>The words of a PDF, so that the search sees its text rather than its compressed streams.</summary>
    private static byte[] PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return Encoding.UTF8.GetBytes(string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    /// <summary>The Organizations events with a sole trader and a unit named after a person, then cases at that unit full of personal data.</summary>
    private async Task<List<string>> SeedAsync(ServiceHost reporting, ServiceHost incidentsHost, ServiceHost complaintsHost)
    {
        using var http = new HttpClient { BaseAddress = reporting.WebAddress };
        var registered = Timestamp.FromDateTimeOffset(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        List<IMessage> organization =
        [
            .. DemoOrganization.Tenants(),
            new TenantRegistered
            {
                TenantId = "svenssons-omsorg", Kind = TenantKind.PrivateProvider, Name = SoleTraderName, OrganisationNumber = SoleTraderNumber,
                RootUnitId = "svenssons-omsorg.hemtjanst", RegisteredAt = registered,
            },
            new UnitCreated
            {
                TenantId = "svenssons-omsorg", UnitId = "svenssons-omsorg.hemtjanst", Name = UnitNamedAfterPerson,
                Verksamhetsformer = { Verksamhetsform.Aldreomsorg }, CreatedAt = registered,
            },
            .. DemoOrganization.Units().Select(u => u.UnitId == Demo.HemtjanstNorr ? new UnitCreated(u) { Name = UnitNamedAfterPerson } : u),
            DemoOrganization.RegionAdmin(),
        ];
        foreach (var message in organization)
        {
            Assert.Equal("SUCCESS", await http.DeliverAsync(message, DemoOrganization.AggregateOf(message), Guid.NewGuid().ToString()));
        }

        var caseIds = new List<string>();
        var reporter = new IncidentService.IncidentServiceClient(incidentsHost.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreEmployee)));
        var manager = new IncidentService.IncidentServiceClient(incidentsHost.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreUnitManager)));
        for (var i = 0; i < 6; i++)
        {
            var incident = (await Eventually.PermittedAsync(() => reporter.ReportIncidentAsync(new ReportIncidentRequest
            {
                UnitId = Demo.HemtjanstNorr,
                WhatHappened = $"{Person} ({Personnummer}) föll ur sängen när personalen glömde larmet.",
                OccurredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-20)),
                ImmediateActions = $"Hjälpte {Person} upp och ringde anhöriga på {ReporterPhone}.",
                InvolvedPersonReference = $"{Person} {Personnummer}",
            }), "Anna reports at Hemtjänst Norr")).Incident.IncidentId;
            caseIds.Add(incident);
            await manager.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = incident, Kind = IncidentKind.SocialCare, Severity = Severity.Moderate });
        }
        var registrar = new ComplaintService.ComplaintServiceClient(complaintsHost.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreEmployee)));
        for (var i = 0; i < 6; i++)
        {
            var complaint = (await Eventually.PermittedAsync(() => registrar.RegisterComplaintAsync(new RegisterComplaintRequest
            {
                UnitId = Demo.HemtjanstNorr,
                Kind = ComplaintKind.Complaint,
                Channel = Channel.Email,
                ReceivedOn = SwedishCalendar.Today(TimeProvider.System).ToIso(),
                Subject = $"Bemötandet var kränkande mot {Person}",
                Description = $"Bemötandet var kränkande. {Complainant}, {ComplainantPersonnummer}, vill bli kontaktad.",
                Complainant = new Complainant { Role = ComplainantRole.Relative, Name = Complainant, Email = ComplainantEmail, Phone = ComplainantPhone },
            }), "Anna registers a klagomål at Hemtjänst Norr")).Complaint.ComplaintId;
            caseIds.Add(complaint);
        }
        await Eventually.TrueAsync(
            async () => await reporting.QueryAsync(db => db.Cases.IgnoreQueryFilters().CountAsync()) == caseIds.Count,
            "the cases to reach Reporting");
        return caseIds;
    }
}
