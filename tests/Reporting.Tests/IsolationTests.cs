using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Tests.Support;
using Ledningssystem.ServiceDefaults.Calendar;

namespace Ledningssystem.Reporting.Tests;

/// <summary>Each tenant sees its own counts, and only the roles that read statistics see them.</summary>
[Collection(SourcesGroup.Name)]
public sealed class IsolationTests(SourcesFixture platform)
{
    [Fact]
    [Trait("Category", "Database")]
    public async Task Another_tenants_nämnd_sees_its_own_counts_and_not_the_others_units()
    {
        var committee = await platform.ReportingAsAsync(Demo.SocialCommittee);

        Assert.Equal(
            ["Incidents " + SourcesFixture.ThisMonth + " INCIDENT_KIND_SOCIAL_CARE  InProgress 2"],
            await committee.SnapshotAsync());
        await Expect.FailsAsync(StatusCode.NotFound, committee.GetStatisticsAsync(Statistics.ThisMonth(Subject.Incidents, Demo.HemtjanstNorr)));
        await Expect.FailsAsync(StatusCode.NotFound, committee.GetQuarterlyCompilationAsync(new GetQuarterlyCompilationRequest { Year = 2026, Quarter = 1, UnitId = Demo.Solgarden }));
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Another_tenants_nämnd_finds_none_of_the_joint_analysis_s_units_or_counts()
    {
        var committee = new JointAnalysisService.JointAnalysisServiceClient(platform.Reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.SocialCommittee)));
        var mas = new JointAnalysisService.JointAnalysisServiceClient(platform.Reporting.Channel(await platform.Issuer.DemoTokenAsync(Demo.AldreMas)));
        var today = SwedishCalendar.Today(TimeProvider.System);
        var thisHalf = new GetJointAnalysisBasisRequest { Year = today.Year, Half = today.Month <= 6 ? HalfYear.First : HalfYear.Second };

        var own = (await mas.GetJointAnalysisBasisAsync(thisHalf)).Basis;
        var other = (await committee.GetJointAnalysisBasisAsync(thisHalf)).Basis;

        Assert.Equal([Demo.HemtjanstNorr, Demo.Solgarden], own.Units.Select(u => u.UnitId));
        Assert.DoesNotContain(other.Units, u => u.UnitId.StartsWith(Demo.Aldre, StringComparison.Ordinal));
        Assert.Equal("0", other.Total.Complaints.Count.Text);
        await Expect.FailsAsync(StatusCode.NotFound, committee.GetJointAnalysisBasisAsync(new GetJointAnalysisBasisRequest(thisHalf) { UnitId = Demo.HemtjanstNorr }));
        await Expect.FailsAsync(StatusCode.NotFound, committee.ListJointAnalysesAsync(new ListJointAnalysesRequest { UnitId = Demo.Solgarden }));
        await Expect.FailsAsync(StatusCode.NotFound, committee.RecordJointAnalysisAsync(new RecordJointAnalysisRequest
        {
            UnitId = Demo.HemtjanstNorr, Year = thisHalf.Year, Half = thisHalf.Half, Conclusions = "Skrivet i fel nämnd.",
        }));
    }

    [Theory]
    [InlineData(Demo.AldreEmployee, "")]
    [InlineData(Demo.AldreUnitManager, "")]
    [InlineData(Demo.AldreUnitManager, Demo.HemtjanstNorr)]
    public async Task Staff_who_do_not_read_statistics_are_refused(string username, string unitId)
    {
        var staff = await platform.ReportingAsAsync(username);

        await Expect.FailsAsync(StatusCode.PermissionDenied, staff.GetStatisticsAsync(Statistics.ThisMonth(Subject.Incidents, unitId)));
    }

    [Fact]
    public async Task A_call_without_a_token_is_unauthenticated()
    {
        var anonymous = new StatisticsService.StatisticsServiceClient(platform.Reporting.Channel());

        await Expect.FailsAsync(StatusCode.Unauthenticated, anonymous.GetStatisticsAsync(Statistics.ThisMonth(Subject.Incidents)));
    }
}
