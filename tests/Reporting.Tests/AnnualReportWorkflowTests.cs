using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;

namespace Ledningssystem.Reporting.Tests;

/// <summary>
/// The berättelse from draft to published: MAS writes and submits, the verksamhetschef approves and publishes, each step
/// in the history with who and when; steps out of turn and callers without the role are refused; the public sees only
/// what was published, and another tenant sees nothing.
/// </summary>
[Collection(SourcesGroup.Name)]
public sealed class AnnualReportWorkflowTests(SourcesFixture platform)
{
    private const string Goals = "Målet är att ingen brukare ska drabbas av vårdskada.";

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_kvalitetsberättelse_is_written_reviewed_approved_and_published_with_its_history_and_only_then_public()
    {
        var mas = await platform.AnnualReportsAsAsync(Demo.AldreMas);
        var head = await platform.AnnualReportsAsAsync(DemoUsers.VeraViklund);
        var publicReports = new PublicAnnualReportService.PublicAnnualReportServiceClient(platform.Reporting.Channel());
        var published = new GetPublishedAnnualReportRequest { TenantId = Demo.Aldre, Kind = AnnualReportKind.Quality, Year = AnnualReportCalls.ThisYear };

        var report = (await mas.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.Quality, Year = AnnualReportCalls.ThisYear })).Report;
        var id = report.ReportId;
        Assert.Equal($"Kvalitetsberättelse {AnnualReportCalls.ThisYear}", report.Title);
        Assert.Equal(10, report.Sections.Count);
        Assert.Equal("Övergripande mål och strategier", report.Sections[0].Heading);
        await Expect.FailsAsync(StatusCode.AlreadyExists,
            mas.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.Quality, Year = AnnualReportCalls.ThisYear }));

        await mas.WriteAnnualReportSectionAsync(new WriteAnnualReportSectionRequest { ReportId = id, Section = AnnualReportSection.GoalsAndStrategies, Text = Goals });
        await mas.SubmitAnnualReportAsync(new SubmitAnnualReportRequest { ReportId = id });
        Assert.Equal("ILLEGAL_TRANSITION", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            mas.WriteAnnualReportSectionAsync(new WriteAnnualReportSectionRequest { ReportId = id, Section = AnnualReportSection.Results, Text = "Sent." })));
        Assert.Equal("SAME_PERSON", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, mas.ApproveAnnualReportAsync(new ApproveAnnualReportRequest { ReportId = id })));
        Assert.Equal(["note"], Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument,
            head.ReturnAnnualReportAsync(new ReturnAnnualReportRequest { ReportId = id }))));
        await head.ReturnAnnualReportAsync(new ReturnAnnualReportRequest { ReportId = id, Note = "Beskriv samverkan med regionen." });
        await mas.WriteAnnualReportSectionAsync(new WriteAnnualReportSectionRequest { ReportId = id, Section = AnnualReportSection.Cooperation, Text = "Samverkan med regionen vid utskrivning." });
        await mas.SubmitAnnualReportAsync(new SubmitAnnualReportRequest { ReportId = id });
        Assert.Equal("ILLEGAL_TRANSITION", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, head.PublishAnnualReportAsync(new PublishAnnualReportRequest { ReportId = id })));
        await head.ApproveAnnualReportAsync(new ApproveAnnualReportRequest { ReportId = id, Note = "Fastställd av verksamhetschefen." });
        await Expect.FailsAsync(StatusCode.NotFound, publicReports.GetPublishedAnnualReportAsync(published));

        var done = (await head.PublishAnnualReportAsync(new PublishAnnualReportRequest { ReportId = id })).Report;

        Assert.Equal(AnnualReportState.Published, done.State);
        Assert.NotNull(done.PublishedAt);
        Assert.Equal(
            [
                "Skapad  Maria Mattsson", "Avsnitt skrivet Draft Maria Mattsson", "Lämnad till granskning Draft Maria Mattsson", "Återlämnad InReview Vera Viklund",
                "Avsnitt skrivet Draft Maria Mattsson", "Lämnad till granskning Draft Maria Mattsson", "Fastställd InReview Vera Viklund", "Publicerad Approved Vera Viklund",
            ],
            done.History.Select(h => $"{h.Step} {(h.FromState == AnnualReportState.Unspecified ? "" : h.FromState.ToString())} {h.UserName}"));
        Assert.All(done.History, h => Assert.NotNull(h.At));
        Assert.Equal("Beskriv samverkan med regionen.", done.History[3].Note);

        var read = (await publicReports.GetPublishedAnnualReportAsync(published)).Report;
        Assert.Equal("Äldrenämnden", read.ProviderName);
        Assert.Equal(Goals, read.Sections.Single(s => s.Section == AnnualReportSection.GoalsAndStrategies).Text);
        Assert.Contains(read.Sections.Single(s => s.Section == AnnualReportSection.Incidents).Figures, f => f.Title == "Avvikelser per slag");
        var listed = await publicReports.ListPublishedAnnualReportsAsync(new ListPublishedAnnualReportsRequest { TenantId = Demo.Aldre });
        Assert.Equal([id], listed.Reports.Select(r => r.ReportId));
        Assert.Empty((await publicReports.ListPublishedAnnualReportsAsync(new ListPublishedAnnualReportsRequest { TenantId = "socialnamnden" })).Reports);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_draft_is_not_public_and_an_unknown_provider_is_not_found()
    {
        var mas = await platform.AnnualReportsAsAsync(Demo.AldreMas);
        var publicReports = new PublicAnnualReportService.PublicAnnualReportServiceClient(platform.Reporting.Channel());
        await mas.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.Quality, Year = AnnualReportCalls.ThisYear - 1 });

        await Expect.FailsAsync(StatusCode.NotFound, publicReports.GetPublishedAnnualReportAsync(
            new GetPublishedAnnualReportRequest { TenantId = Demo.Aldre, Kind = AnnualReportKind.Quality, Year = AnnualReportCalls.ThisYear - 1 }));
        await Expect.FailsAsync(StatusCode.NotFound, publicReports.GetPublishedAnnualReportAsync(
            new GetPublishedAnnualReportRequest { TenantId = "finns-inte", Kind = AnnualReportKind.Quality, Year = AnnualReportCalls.ThisYear }));
        Assert.DoesNotContain(
            (await publicReports.ListPublishedAnnualReportsAsync(new ListPublishedAnnualReportsRequest { TenantId = Demo.Aldre })).Reports,
            r => r.Year == AnnualReportCalls.ThisYear - 1);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Staff_without_the_role_are_refused_and_another_tenant_does_not_find_the_report()
    {
        var mas = await platform.AnnualReportsAsAsync(Demo.AldreMas);
        var report = (await mas.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.PatientSafety, Year = AnnualReportCalls.ThisYear - 2 })).Report;
        var manager = await platform.AnnualReportsAsAsync(Demo.AldreUnitManager);
        var otherTenant = await platform.AnnualReportsAsAsync(Demo.SocialQualityDeveloper);
        var committee = await platform.AnnualReportsAsAsync(Demo.SocialCommittee);

        await Expect.FailsAsync(StatusCode.PermissionDenied, manager.GetAnnualReportAsync(new GetAnnualReportRequest { ReportId = report.ReportId }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, manager.WriteAnnualReportSectionAsync(
            new WriteAnnualReportSectionRequest { ReportId = report.ReportId, Section = AnnualReportSection.Results, Text = "x" }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, committee.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.Quality, Year = 2020 }));
        await Expect.FailsAsync(StatusCode.NotFound, otherTenant.GetAnnualReportAsync(new GetAnnualReportRequest { ReportId = report.ReportId }));
        await Expect.FailsAsync(StatusCode.NotFound, otherTenant.StartAnnualReportExportAsync(new StartAnnualReportExportRequest { ReportId = report.ReportId, Format = ExportFormat.Pdf }));
        Assert.DoesNotContain((await otherTenant.ListAnnualReportsAsync(new ListAnnualReportsRequest())).Reports, r => r.ReportId == report.ReportId);
        await Expect.FailsAsync(StatusCode.Unauthenticated,
            new AnnualReportService.AnnualReportServiceClient(platform.Reporting.Channel()).ListAnnualReportsAsync(new ListAnnualReportsRequest()));
    }

    [Fact]
    public async Task Requests_out_of_bounds_are_refused_with_the_fields_named()
    {
        var mas = await platform.AnnualReportsAsAsync(Demo.AldreMas);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, mas.CreateAnnualReportAsync(new CreateAnnualReportRequest { Year = 1999 }));
        Assert.Equal(["kind", "year"], Expect.FieldViolations(refused));
        refused = await Expect.FailsAsync(StatusCode.InvalidArgument, mas.WriteAnnualReportSectionAsync(
            new WriteAnnualReportSectionRequest { ReportId = "x", Text = new string('a', 20_001) }));
        Assert.Equal(["section", "text"], Expect.FieldViolations(refused));
        refused = await Expect.FailsAsync(StatusCode.InvalidArgument, mas.StartAnnualReportExportAsync(new StartAnnualReportExportRequest { ReportId = "x", Format = ExportFormat.Csv }));
        Assert.Equal(["format"], Expect.FieldViolations(refused));
    }
}
