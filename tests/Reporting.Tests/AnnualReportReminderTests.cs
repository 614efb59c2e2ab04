using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.AnnualReports.Reminders;
using Ledningssystem.Reporting.Tests.Support;

namespace Ledningssystem.Reporting.Tests;

/// <summary>
/// The reminder before 1 March, on the test clock: nothing until 30 days before, then one reminder per provider whose
/// patientsäkerhetsberättelse for last year is not published, once; and an export that cannot be rendered ends failed
/// with a Swedish message.
/// </summary>
[Collection(ClockedReportingGroup.Name)]
public sealed class AnnualReportReminderTests(ClockedReportingFixture platform)
{
    [Fact]
    [Trait("Category", "Database")]
    public async Task Providers_without_a_published_patientsäkerhetsberättelse_are_reminded_once_from_30_days_before_1_March()
    {
        var reminders = platform.Get<PatientSafetyReportReminders>();
        var mas = await platform.AnnualReportsAsAsync(Demo.AldreMas);
        var head = await platform.AnnualReportsAsAsync(DemoUsers.VeraViklund);
        var socialDeveloper = await platform.AnnualReportsAsAsync(Demo.SocialQualityDeveloper);
        var report = (await socialDeveloper.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.PatientSafety, Year = 2026 })).Report;
        var aldre = (await mas.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.PatientSafety, Year = 2026 })).Report;
        await mas.SubmitAnnualReportAsync(new SubmitAnnualReportRequest { ReportId = aldre.ReportId });
        await head.ApproveAnnualReportAsync(new ApproveAnnualReportRequest { ReportId = aldre.ReportId });
        await head.PublishAnnualReportAsync(new PublishAnnualReportRequest { ReportId = aldre.ReportId });

        Assert.Equal(0, await reminders.ScanAsync(CancellationToken.None));
        platform.Clock.Advance(TimeSpan.FromDays(15)); // 30 January 2027, 30 days before 1 March.
        var raised = await reminders.ScanAsync(CancellationToken.None);
        var again = await reminders.ScanAsync(CancellationToken.None);

        Assert.True(raised >= 1);
        Assert.Equal(0, again);
        var social = (await socialDeveloper.ListAnnualReportRemindersAsync(new ListAnnualReportRemindersRequest())).Reminders.Single();
        Assert.Equal(2026, social.Year);
        Assert.Equal(AnnualReportKind.PatientSafety, social.Kind);
        Assert.Equal("2027-03-01", social.DueOn);
        Assert.False(social.Published);
        Assert.Equal(platform.Clock.GetUtcNow(), social.RaisedAt.ToDateTimeOffset());
        Assert.Empty((await mas.ListAnnualReportRemindersAsync(new ListAnnualReportRemindersRequest())).Reminders);
        Assert.Equal(report.ReportId, (await socialDeveloper.ListAnnualReportsAsync(new ListAnnualReportsRequest())).Reports.Single().ReportId);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task An_export_that_cannot_be_rendered_ends_failed_with_a_Swedish_message()
    {
        var mas = await platform.AnnualReportsAsAsync(Demo.AldreMas);
        var report = (await mas.CreateAnnualReportAsync(new CreateAnnualReportRequest { Kind = AnnualReportKind.Quality, Year = 2026 })).Report;

        var started = await mas.StartAnnualReportExportAsync(new StartAnnualReportExportRequest { ReportId = report.ReportId, Format = ExportFormat.Pdf });
        var seen = await mas.PollAsync(started.Export.ExportId);

        Assert.Equal(ExportStatus.Queued, started.Export.Status);
        Assert.Equal(ExportStatus.Failed, seen[^1].Status);
        Assert.Equal("Dokumentet kunde inte skapas. Försök igen; kvarstår felet, kontakta systemförvaltningen.", seen[^1].Error);
        Assert.Equal("Misslyckades", seen[^1].Step);
        Assert.StartsWith("Exporten misslyckades", (await Expect.FailsAsync(Grpc.Core.StatusCode.FailedPrecondition,
            AnnualReportCalls.ReadFileAsync(mas.DownloadAnnualReportExport(new DownloadAnnualReportExportRequest { ExportId = started.Export.ExportId })))).Status.Detail, StringComparison.Ordinal);
    }
}
