using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Events;
using Ledningssystem.Reporting.Tests.Support;
using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;

namespace Ledningssystem.Reporting.Tests;

/// <summary>The statistics built from the events real Incidents and Complaints services delivered, read over gRPC.</summary>
[Collection(SourcesGroup.Name)]
public sealed class StatisticsTests(SourcesFixture platform)
{
    [Fact]
    [Trait("Category", "Database")]
    public async Task The_incident_statistics_equal_what_the_Incidents_service_reports_for_the_tenant_and_for_a_subtree()
    {
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);
        var now = DateTimeOffset.UtcNow;
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var source = (await (await platform.IncidentsAsAsync(Demo.AldreMas)).GetStatisticsAsync(new Contracts.Incidents.V1.GetStatisticsRequest
        {
            ReportedFrom = Timestamp.FromDateTimeOffset(monthStart), ReportedTo = Timestamp.FromDateTimeOffset(monthStart.AddMonths(1)),
        })).Rows;
        Dictionary<string, long> SourceByKind(Func<string, bool> unit) =>
            source.Where(r => unit(r.UnitId)).GroupBy(r => EventFacts.Name(r.Kind)).ToDictionary(g => g.Key, g => (long)g.Sum(r => r.Count));

        var tenant = Statistics.ByKind(await mas.AllAsync(Statistics.ThisMonth(Subject.Incidents)));
        var hemtjanst = Statistics.ByKind(await mas.AllAsync(Statistics.ThisMonth(Subject.Incidents, Demo.Hemtjanst)));

        Assert.Equal(SourceByKind(_ => true).OrderBy(k => k.Key), tenant.OrderBy(k => k.Key));
        Assert.Equal(SourceByKind(unit => unit.StartsWith("aldrenamnden.hemtjanst", StringComparison.Ordinal)).OrderBy(k => k.Key), hemtjanst.OrderBy(k => k.Key));
        Assert.Equal(new Dictionary<string, long> { [""] = 2, ["INCIDENT_KIND_HEALTH_CARE"] = 3, ["INCIDENT_KIND_SOCIAL_CARE"] = 6 }, tenant);
    }

    [Fact]
    [Trait("Category", "Database")]
    public async Task Each_case_counts_once_in_its_current_status_kind_and_category()
    {
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);
        var month = SourcesFixture.ThisMonth;

        Assert.Equal(
            [
                $"{month}   New 2",
                $"{month} INCIDENT_KIND_HEALTH_CARE INCIDENT_SUBTYPE_FALL InProgress 3",
                $"{month} INCIDENT_KIND_SOCIAL_CARE  InProgress 5",
                $"{month} INCIDENT_KIND_SOCIAL_CARE  Closed 1",
            ],
            (await mas.AllAsync(Statistics.ThisMonth(Subject.Incidents))).Select(r => $"{r.Month} {r.Kind} {r.Category} {r.Status} {r.Count}"));
        Assert.Equal(
            [
                $"{month} COMPLAINT_KIND_COMPLAINT  New 2",
                $"{month} COMPLAINT_KIND_COMPLAINT  InProgress 1",
                $"{month} COMPLAINT_KIND_PRAISE  New 1",
            ],
            (await mas.AllAsync(Statistics.ThisMonth(Subject.Complaints))).Select(r => $"{r.Month} {r.Kind} {r.Category} {r.Status} {r.Count}"));
        Assert.Equal(
            [$"{month} INCIDENT_KIND_HEALTH_CARE INCIDENT_SUBTYPE_FALL InProgress 3"],
            (await mas.AllAsync(Statistics.ThisMonth(Subject.Incidents, Demo.Solgarden))).Select(r => $"{r.Month} {r.Kind} {r.Category} {r.Status} {r.Count}"));
    }

    [Fact]
    public async Task Pages_of_one_row_list_the_same_rows_as_one_page()
    {
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);
        var first = await mas.GetStatisticsAsync(Statistics.ThisMonth(Subject.Incidents, pageSize: 1));

        Assert.Single(first.Rows);
        Assert.NotEmpty(first.NextPageToken);
        Assert.Equal(
            (await mas.GetStatisticsAsync(Statistics.ThisMonth(Subject.Incidents))).Rows,
            await mas.AllAsync(Statistics.ThisMonth(Subject.Incidents, pageSize: 1)));
    }

    [Fact]
    public async Task A_period_without_cases_has_no_rows()
    {
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);

        var rows = await mas.AllAsync(new GetStatisticsRequest { Subject = Subject.Incidents, FromMonth = "2020-01", ToMonth = "2020-12" });

        Assert.Empty(rows);
    }

    [Theory]
    [InlineData("2026-13", "2026-12", "from_month")]
    [InlineData("2026-01", "2025-12", "to_month")]
    [InlineData("2023-01", "2026-01", "to_month")]
    [InlineData("januari", "2026-01", "from_month")]
    public async Task A_period_that_is_no_period_is_refused_naming_the_field(string from, string to, string field)
    {
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument,
            mas.GetStatisticsAsync(new GetStatisticsRequest { Subject = Subject.Incidents, FromMonth = from, ToMonth = to }));

        Assert.Contains(field, Expect.FieldViolations(refused));
    }

    [Fact]
    public async Task A_request_without_subject_or_with_a_broken_page_token_is_refused()
    {
        var mas = await platform.ReportingAsAsync(Demo.AldreMas);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument,
            mas.GetStatisticsAsync(new GetStatisticsRequest { FromMonth = "2026-01", ToMonth = "2026-01", PageToken = "inte-en-markör" }));

        Assert.Equal(["page_token", "subject"], Expect.FieldViolations(refused).Order(StringComparer.Ordinal));
    }
}
