using Grpc.Core;
using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using System.Globalization;

namespace Ledningssystem.Complaints.Tests;

/// <summary>Counts per unit, kind, category and month: for the managers and the nämnd, within their tenant and units.</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class StatisticsTests(ComplaintsFixture platform)
{
    private const string Bjorken = "socialnamnden.hvb-bjorken";

    [Fact]
    public async Task The_namnd_counts_per_unit_kind_category_and_month()
    {
        var today = SwedishCalendar.Today(platform.Clock);
        var earlier = today.AddMonths(-2);
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var category = (await quality.CreateCategoryAsync(new CreateCategoryRequest { Name = $"Boendemiljö {Guid.NewGuid():N}" })).Category.CategoryId;
        async Task RegisterAsync(DateOnly on, ComplaintKind kind, params string[] categories)
        {
            var request = Workflow.Register(Bjorken, on.ToIso());
            request.Kind = kind;
            request.CategoryIds.AddRange(categories);
            await quality.RegisterComplaintAsync(request);
        }
        var other = (await quality.ListCategoriesAsync(new ListCategoriesRequest { PageSize = 500 })).Categories.First(c => c.CategoryId != category).CategoryId;
        await RegisterAsync(today, ComplaintKind.Complaint, category);
        await RegisterAsync(today, ComplaintKind.Complaint, category, other);
        await RegisterAsync(today, ComplaintKind.Praise);
        await RegisterAsync(earlier, ComplaintKind.Complaint, category);

        var committee = await platform.AsAsync(Demo.SocialCommittee);
        var rows = (await committee.GetStatisticsAsync(new GetStatisticsRequest { ReceivedFrom = earlier.ToIso(), ReceivedTo = today.ToIso(), UnitId = Bjorken })).Rows;

        var month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var earlierMonth = earlier.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Assert.Equal(
            new[]
            {
                (earlierMonth, ComplaintKind.Complaint, category, 1),
                (month, ComplaintKind.Complaint, category, 2),
                (month, ComplaintKind.Complaint, other, 1),
                (month, ComplaintKind.Praise, "", 1),
            }.OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => r.Item2).ThenBy(r => r.Item3, StringComparer.Ordinal),
            rows.Select(r => (r.Month, r.Kind, r.CategoryId, r.Count)));
        Assert.All(rows, r => Assert.Equal(Bjorken, r.UnitId));

        var todayOnly = (await committee.GetStatisticsAsync(new GetStatisticsRequest { ReceivedFrom = today.ToIso(), ReceivedTo = today.ToIso(), UnitId = Bjorken })).Rows;
        Assert.Equal(4, todayOnly.Sum(r => r.Count));
    }

    [Fact]
    public async Task Staff_without_the_right_are_refused_and_other_tenants_see_none_of_the_counts()
    {
        var today = new Workflow(platform).Today;
        var yearAgo = SwedishCalendar.Today(platform.Clock).AddYears(-1).ToIso();
        var period = new GetStatisticsRequest { ReceivedFrom = yearAgo, ReceivedTo = today };
        await (await platform.AsAsync(Demo.AldreEmployee)).RegisterComplaintAsync(Workflow.Register(Demo.HemtjanstNorr, today));

        await Expect.FailsAsync(StatusCode.PermissionDenied, (await platform.AsAsync(Demo.AldreEmployee)).GetStatisticsAsync(period));
        Assert.Contains((await (await platform.AsAsync(Demo.AldreUnitManager)).GetStatisticsAsync(period)).Rows, r => r.UnitId == Demo.HemtjanstNorr);
        var omsorg = await platform.AsAsync(Demo.OmsorgAdmin);
        Assert.DoesNotContain((await omsorg.GetStatisticsAsync(period)).Rows, r => !r.UnitId.StartsWith("omsorg-ab.", StringComparison.Ordinal));
        await Expect.FailsAsync(StatusCode.NotFound, omsorg.GetStatisticsAsync(new GetStatisticsRequest { ReceivedFrom = yearAgo, ReceivedTo = today, UnitId = Demo.HemtjanstNorr }));
    }

    [Theory]
    [InlineData("", "2026-01-01", "received_from")]
    [InlineData("2026-01-01", "1 jan", "received_to")]
    [InlineData("2026-02-01", "2026-01-01", "received_to")]
    [InlineData("2020-01-01", "2023-01-02", "received_to")]
    public async Task A_period_is_two_dates_in_order_and_at_most_three_years(string from, string to, string field)
    {
        var committee = await platform.AsAsync(Demo.SocialCommittee);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, committee.GetStatisticsAsync(new GetStatisticsRequest { ReceivedFrom = from, ReceivedTo = to }));

        Assert.Contains(field, Expect.FieldViolations(refused));
    }
}
