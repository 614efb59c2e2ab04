using Grpc.Core;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Tests.Support;

namespace Ledningssystem.Risks.Tests;

/// <summary>Requests are checked field by field before anything runs, and lists come in pages.</summary>
[Collection(RisksGroup.Name)]
[Trait("Category", "Database")]
public sealed class ValidationTests(RisksFixture platform)
{
    [Fact]
    public async Task A_risk_without_title_or_date_and_an_assessment_off_the_scales_name_their_fields()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var identify = Register.Identify(Demo.Hvb, "  ", "7 december");
        identify.Owner = new string('x', 201);

        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, quality.IdentifyRiskAsync(identify));
        Assert.Equal(["identified_on", "owner", "title"], Expect.FieldViolations(refused).Order(StringComparer.Ordinal));

        var assess = await Expect.FailsAsync(StatusCode.InvalidArgument, quality.AssessRiskAsync(new AssessRiskRequest { RiskId = "r", Probability = 0, Consequence = 8 }));
        Assert.Equal(["consequence", "grounds", "kind", "probability"], Expect.FieldViolations(assess).Order(StringComparer.Ordinal));

        var future = Register.Identify(Demo.Hvb, "Risk", DateOnly.Parse(platform.Today, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["identified_on"], Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, quality.IdentifyRiskAsync(future))));

        var view = await Expect.FailsAsync(StatusCode.InvalidArgument, quality.GetMatrixViewAsync(new GetMatrixViewRequest { UnitId = Demo.Hvb }));
        Assert.Equal(["basis", "on"], Expect.FieldViolations(view).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_register_is_listed_in_pages_filtered_by_level()
    {
        var quality = await platform.AsAsync(Demo.AldreHealthCareManager);
        var register = new Register(platform);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await register.RiskAsync(Demo.AldreHealthCareManager, Demo.Solgarden, (4, 3), $"Trycksår {i}")).RiskId);
        }
        var request = new ListRisksRequest { UnitId = Demo.Solgarden, Level = RiskLevel.VeryHigh, PageSize = 2 };

        var first = await quality.ListRisksAsync(request);
        var second = await quality.ListRisksAsync(new ListRisksRequest(request) { PageToken = first.NextPageToken });

        Assert.Equal(ids, first.Risks.Concat(second.Risks).Select(r => r.RiskId).Where(ids.Contains));
        Assert.Equal(2, first.Risks.Count);
        Assert.All(first.Risks.Concat(second.Risks), r => Assert.Equal(RiskLevel.VeryHigh, r.Level));
        Assert.Contains("page_token", Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument,
            quality.ListRisksAsync(new ListRisksRequest { PageToken = "inte-en-markör" }))));
    }
}
