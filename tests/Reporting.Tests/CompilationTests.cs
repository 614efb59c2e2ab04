using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Ledningssystem.ServiceDefaults.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.Tests;

/// <summary>What the nämnd sees: counts with the small ones suppressed, and never a person, a text or a case id.</summary>
[Collection(SourcesGroup.Name)]
public sealed class CompilationTests(SourcesFixture platform)
{
    private static GetQuarterlyCompilationRequest ThisQuarter(string unitId = "")
    {
        var today = SwedishCalendar.Today(TimeProvider.System);
        return new GetQuarterlyCompilationRequest { Year = today.Year, Quarter = ((today.Month - 1) / 3) + 1, UnitId = unitId };
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task The_quarterly_compilation_shows_counts_under_five_as_fewer_than_five()
    {
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);

        var compilation = await mas.GetQuarterlyCompilationAsync(ThisQuarter());

        Assert.Equal(5, compilation.SuppressionThreshold);
        var incidents = compilation.Subjects.Single(s => s.Subject == Subject.Incidents);
        Assert.Equal("11", incidents.Total.Text);
        Assert.Equal("0", incidents.TotalPreviousYear.Text);
        Assert.Equal(
            [" färre än 5", "INCIDENT_KIND_HEALTH_CARE färre än 5", "INCIDENT_KIND_SOCIAL_CARE 6"],
            incidents.Kinds.Select(k => $"{k.Kind} {k.Count.Text}"));
        Assert.All(incidents.Kinds.Where(k => k.Count.Suppressed), k => Assert.Equal(0, k.Count.Value));
        var complaints = compilation.Subjects.Single(s => s.Subject == Subject.Complaints);
        Assert.True(complaints.Total.Suppressed);
        Assert.Equal("färre än 5", complaints.Total.Text);
        Assert.All(complaints.Kinds, k => Assert.True(k.Count.Suppressed));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task A_tenant_that_lowers_its_threshold_sees_its_small_counts()
    {
        var developer = await platform.ReportingAsAsync(Demo.SocialQualityDeveloper);
        Assert.Equal("färre än 5", (await developer.GetQuarterlyCompilationAsync(ThisQuarter())).Subjects[0].Total.Text);
        try
        {
            await developer.SetReportingSettingsAsync(new SetReportingSettingsRequest { Settings = new ReportingSettings { SuppressionThreshold = 2 } });

            var compilation = await developer.GetQuarterlyCompilationAsync(ThisQuarter());

            Assert.Equal(2, compilation.SuppressionThreshold);
            Assert.Equal("2", compilation.Subjects[0].Total.Text);
            Assert.Equal(2, (await developer.GetReportingSettingsAsync(new GetReportingSettingsRequest())).Settings.SuppressionThreshold);
            Assert.Equal(5, (await (await platform.ReportingAsAsync(Demo.AldreMas)).GetQuarterlyCompilationAsync(ThisQuarter())).SuppressionThreshold);
        }
        finally
        {
            await developer.SetReportingSettingsAsync(new SetReportingSettingsRequest { Settings = new ReportingSettings { SuppressionThreshold = 5 } });
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(51)]
    public async Task A_threshold_out_of_range_is_refused(int threshold)
    {
        var developer = await platform.ReportingAsAsync(Demo.SocialQualityDeveloper);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument,
            developer.SetReportingSettingsAsync(new SetReportingSettingsRequest { Settings = new ReportingSettings { SuppressionThreshold = threshold } }));

        Assert.Equal(["settings.suppression_threshold"], Expect.FieldViolations(refused));
    }

    [Fact]
    public async Task The_nämnd_reads_statistics_but_does_not_change_the_settings()
    {
        var committee = await platform.ReportingAsAsync(Demo.SocialCommittee);

        await committee.GetQuarterlyCompilationAsync(ThisQuarter());
        await Expect.FailsAsync(StatusCode.PermissionDenied,
            committee.SetReportingSettingsAsync(new SetReportingSettingsRequest { Settings = new ReportingSettings { SuppressionThreshold = 3 } }));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task No_reporting_response_and_no_stored_event_carries_a_person_a_text_or_a_case_id_of_the_sources()
    {
        var responses = new List<IMessage>();
        foreach (var reader in new[] { Demo.AldreMas, Demo.SocialQualityDeveloper, Demo.SocialCommittee })
        {
            var client = await platform.ReportingAsAsync(reader);
            foreach (var subject in new[] { Subject.Incidents, Subject.Complaints, Subject.ComplaintCategories })
            {
                responses.Add(await client.GetStatisticsAsync(Statistics.ThisMonth(subject)));
            }
            responses.Add(await client.GetQuarterlyCompilationAsync(ThisQuarter()));
            responses.Add(await client.GetReportingSettingsAsync(new GetReportingSettingsRequest()));
        }
        responses.Add(await (await platform.ReportingAsAsync(Demo.AldreMas)).GetStatisticsAsync(Statistics.ThisMonth(Subject.Incidents, Demo.HemtjanstNorr)));
        responses.Add(await (await platform.ReportingAsAsync(Demo.SocialQualityDeveloper)).RebuildStatisticsAsync(new RebuildStatisticsRequest()));
        var answered = string.Join('\n', responses.Select(r => JsonFormatter.Default.Format(r)));
        var stored = string.Join('\n', await platform.Reporting.QueryAsync(db => db.ReceivedEvents.IgnoreQueryFilters().Select(e => e.Payload).ToListAsync()));

        Assert.Contains("INCIDENT_KIND_SOCIAL_CARE", answered);
        foreach (var personal in SourcesFixture.PersonalData)
        {
            Assert.DoesNotContain(personal, answered, StringComparison.OrdinalIgnoreCase);
            // Who is responsible for an action is kept for the balanslista (ADR 0024); nothing about the people in a case is.
            if (personal != DemoUsers.ErikErikssonSub)
            {
                Assert.DoesNotContain(personal, stored, StringComparison.OrdinalIgnoreCase);
            }
        }
        Assert.All(platform.CaseIds, id => Assert.DoesNotContain(id, answered, StringComparison.Ordinal));
    }
}
