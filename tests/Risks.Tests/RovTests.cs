using Grpc.Core;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Tests.Support;

namespace Ledningssystem.Risks.Tests;

/// <summary>The yearly risk- och väsentlighetsanalys: rating, choosing controls and adopting, with the rules that guard each step.</summary>
[Collection(RisksGroup.Name)]
[Trait("Category", "Database")]
public sealed class RovTests(RisksFixture platform)
{
    [Fact]
    public async Task Risks_are_rated_and_chosen_and_the_adopted_RoV_is_the_internkontrollplan_the_namnd_reads()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var register = new Register(platform);
        var chosen = await register.RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb, (3, 4), "Brister i dokumentationen");
        var rated = await register.RiskAsync(Demo.SocialQualityDeveloper, Demo.SkyddatBoende, (1, 2), "Sen kallelse till möte");
        var rov = (await quality.CreateRiskAndMaterialityAnalysisAsync(new CreateRiskAndMaterialityAnalysisRequest { UnitId = Demo.SocialRoot, Year = 2030 })).Rov;
        await Expect.FailsAsync(StatusCode.AlreadyExists,
            quality.CreateRiskAndMaterialityAnalysisAsync(new CreateRiskAndMaterialityAnalysisRequest { UnitId = Demo.SocialRoot, Year = 2030 }));

        await quality.RateRiskAsync(new RateRiskRequest { RovId = rov.RovId, RiskId = chosen.RiskId, Materiality = 2 });
        await quality.RateRiskAsync(new RateRiskRequest { RovId = rov.RovId, RiskId = rated.RiskId, Materiality = 1 });
        await quality.RateRiskAsync(new RateRiskRequest { RovId = rov.RovId, RiskId = chosen.RiskId, Materiality = 4 });
        Assert.Equal("NO_CONTROLS", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            quality.AdoptRiskAndMaterialityAnalysisAsync(new AdoptRiskAndMaterialityAnalysisRequest { RovId = rov.RovId })));
        await quality.ChooseControlAsync(new ChooseControlRequest { RovId = rov.RovId, RiskId = chosen.RiskId, Control = "Granskning av journaler", ResponsibleRole = "kvalitetsutvecklare" });
        var adopted = (await quality.AdoptRiskAndMaterialityAnalysisAsync(new AdoptRiskAndMaterialityAnalysisRequest { RovId = rov.RovId })).Rov;

        Assert.Equal(RiskAndMaterialityAnalysisState.Adopted, adopted.State);
        Assert.Equal(
            [(chosen.RiskId, 4, RiskLevel.VeryHigh, true), (rated.RiskId, 1, RiskLevel.Low, false)],
            adopted.Ratings.Select(r => (r.RiskId, r.Materiality, r.Level, r.Chosen)));
        Assert.Equal(["InternalControlPlanAdopted"], await platform.EventsOfAsync(rov.RovId));
        var again = await Expect.FailsAsync(StatusCode.FailedPrecondition, quality.RateRiskAsync(new RateRiskRequest { RovId = rov.RovId, RiskId = rated.RiskId, Materiality = 3 }));
        Assert.Equal("RISK_AND_MATERIALITY_ANALYSIS_STATE_ADOPTED", Expect.ErrorInfo(again)!.Metadata["current_state"]);

        var committee = await platform.AsAsync(Demo.SocialCommittee);
        var read = (await committee.GetRiskAndMaterialityAnalysisAsync(new GetRiskAndMaterialityAnalysisRequest { RovId = rov.RovId })).Rov;
        Assert.Equal("Granskning av journaler", read.Ratings.Single(r => r.Chosen).Control);
        Assert.Contains((await committee.ListRiskAndMaterialityAnalysesAsync(new ListRiskAndMaterialityAnalysesRequest())).Rovs, r => r.RovId == rov.RovId);
        var view = await committee.GetMatrixViewAsync(new GetMatrixViewRequest { UnitId = Demo.SocialRoot, On = platform.Today, Basis = MatrixBasis.BeforeActions });
        Assert.True(view.Cells.Single(c => c.Probability == 3 && c.Consequence == 4).Count >= 1);
    }

    [Fact]
    public async Task Only_assessed_risks_of_the_subtree_are_rated_and_only_rated_ones_chosen()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var register = new Register(platform);
        var unassessed = await register.RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb);
        var elsewhere = await register.RiskAsync(Demo.SocialQualityDeveloper, Demo.SkyddatBoende, (2, 2));
        var rov = (await quality.CreateRiskAndMaterialityAnalysisAsync(new CreateRiskAndMaterialityAnalysisRequest { UnitId = Demo.Hvb, Year = 2031 })).Rov;

        Assert.Equal("RISK_NOT_ASSESSED", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            quality.RateRiskAsync(new RateRiskRequest { RovId = rov.RovId, RiskId = unassessed.RiskId, Materiality = 3 })));
        Assert.Equal("RISK_OUTSIDE_SCOPE", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            quality.RateRiskAsync(new RateRiskRequest { RovId = rov.RovId, RiskId = elsewhere.RiskId, Materiality = 3 })));
        Assert.Equal("RISK_NOT_RATED", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            quality.ChooseControlAsync(new ChooseControlRequest { RovId = rov.RovId, RiskId = unassessed.RiskId, Control = "Kontroll", ResponsibleRole = "MAS" })));
        var invalid = await Expect.FailsAsync(StatusCode.InvalidArgument,
            quality.ChooseControlAsync(new ChooseControlRequest { RovId = rov.RovId, RiskId = unassessed.RiskId, Control = "Kontroll", ResponsibleRole = "MAS", Months = { 13 } }));
        Assert.Contains("months[0]", Expect.FieldViolations(invalid));
    }
}
