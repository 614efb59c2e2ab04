using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Tests.Support;

namespace Ledningssystem.Risks.Tests;

/// <summary>
/// The result of each control flows back onto the risk: SelfInspection's InspectionCompleted, posted to the service's
/// subscription route as the platform delivers it.
/// </summary>
[Collection(RisksGroup.Name)]
[Trait("Category", "Database")]
public sealed class ControlResultTests(RisksFixture platform)
{
    private const string Social = "socialnamnden";
    private const string Aldre = "aldrenamnden";

    [Fact]
    public async Task A_control_carried_out_in_SelfInspection_shows_its_score_and_findings_on_the_risk_once()
    {
        var risk = await new Register(platform).RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb, (3, 4));
        var completed = Completed(risk.RiskId, Guid.NewGuid().ToString(), 62.5, 3);

        Assert.Equal("SUCCESS", await DeliverAsync(completed));
        Assert.Equal("SUCCESS", await DeliverAsync(completed));
        var later = Completed(risk.RiskId, Guid.NewGuid().ToString(), 100, 0);
        later.CompletedAt = Timestamp.FromDateTimeOffset(platform.Clock.GetUtcNow().AddDays(30));
        Assert.Equal("SUCCESS", await DeliverAsync(later));

        var read = (await (await platform.AsAsync(Demo.SocialQualityDeveloper)).GetRiskAsync(new GetRiskRequest { RiskId = risk.RiskId })).Risk;
        Assert.Equal([(62.5, 3), (100d, 0)], read.ControlResults.Select(c => (c.Score, c.Findings)));
        Assert.Equal((completed.ExecutionId, Demo.Hvb), (read.ControlResults[0].ExecutionId, read.ControlResults[0].UnitId));
        var steps = read.History.Where(h => h.Step == "kontroll genomförd").ToList();
        Assert.Equal(["Resultat 62,5 %, 3 brister", "Resultat 100 %, 0 brister"], steps.Select(h => h.Note));
        Assert.All(steps, h => Assert.Equal("Egenkontrollen", h.Actor.DisplayName));
        Assert.Equal(RiskState.Assessed, read.State);
    }

    [Fact]
    public async Task A_control_of_no_risk_or_of_a_risk_the_tenant_does_not_have_changes_nothing()
    {
        var risk = await new Register(platform).RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb, (2, 2));

        Assert.Equal("SUCCESS", await DeliverAsync(Completed("", Guid.NewGuid().ToString(), 80, 1)));
        Assert.Equal("SUCCESS", await DeliverAsync(Completed(risk.RiskId, Guid.NewGuid().ToString(), 80, 1, Aldre)));

        var read = (await (await platform.AsAsync(Demo.SocialQualityDeveloper)).GetRiskAsync(new GetRiskRequest { RiskId = risk.RiskId })).Risk;
        Assert.Empty(read.ControlResults);
    }

    [Fact]
    public async Task A_result_naming_another_tenant_than_it_came_as_or_off_the_scale_is_dropped()
    {
        var risk = await new Register(platform).RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb, (2, 2));

        Assert.Equal("DROP", await DeliverAsync(Completed(risk.RiskId, Guid.NewGuid().ToString(), 80, 1), Aldre));
        Assert.Equal("DROP", await DeliverAsync(Completed(risk.RiskId, Guid.NewGuid().ToString(), 140, 1)));

        var read = (await (await platform.AsAsync(Demo.SocialQualityDeveloper)).GetRiskAsync(new GetRiskRequest { RiskId = risk.RiskId })).Risk;
        Assert.Empty(read.ControlResults);
    }

    private async Task<string> DeliverAsync(InspectionCompleted completed, string? cameAs = null)
    {
        using var http = new HttpClient { BaseAddress = platform.Service.WebAddress };
        return await http.DeliverAsync(completed, completed.OccurrenceId, Guid.NewGuid().ToString(), cameAs);
    }

    private InspectionCompleted Completed(string riskId, string executionId, double score, int findings, string tenantId = Social) => new()
    {
        TenantId = tenantId,
        ExecutionId = executionId,
        OccurrenceId = Guid.NewGuid().ToString(),
        UnitId = Demo.Hvb,
        Score = score,
        Findings = findings,
        RiskId = riskId,
        CompletedAt = Timestamp.FromDateTimeOffset(platform.Clock.GetUtcNow()),
    };
}
