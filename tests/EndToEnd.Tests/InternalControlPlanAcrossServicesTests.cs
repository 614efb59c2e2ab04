using System.Globalization;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using static Ledningssystem.EndToEnd.Tests.Support.PlatformFixture;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// The nämnd's yearly risk- och väsentlighetsanalys, adopted in Risks through the gateway, becomes planned egenkontroll
/// in SelfInspection by the platform's own event delivery (InternalControlPlanAdopted); the control carried out flows
/// back onto the risk (InspectionCompleted).
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class InternalControlPlanAcrossServicesTests(PlatformFixture platform)
{
    private const string Forvaltning = "socialnamnden.forvaltning";
    private const string Hvb = "socialnamnden.hvb-bjorken";

    [Fact]
    public async Task An_adopted_RoV_becomes_a_planned_control_whose_result_comes_back_to_the_risk()
    {
        await platform.WaitUntilGatewaySeesAsync("risks-grpc", "selfinspection-grpc");
        using var channel = platform.GrpcChannel();
        var risks = new RiskService.RiskServiceClient(channel);
        var plans = new InspectionPlanService.InspectionPlanServiceClient(channel);
        var inspections = new InspectionService.InspectionServiceClient(channel);
        var klara = Bearer(await platform.TokenAsync(DemoUsers.KlaraKvist));
        var year = DateTime.UtcNow.Year + 1;

        var risk = (await Eventually.PermittedAsync(
            () => risks.IdentifyRiskAsync(new IdentifyRiskRequest
            {
                UnitId = Hvb,
                Title = "Brister i läkemedelshanteringen",
                Description = "Signeringslistor saknar signaturer.",
                Cause = "Rutinen är inte känd av nyanställda.",
                PossibleConsequence = "En ungdom får fel läkemedel.",
                Owner = "Enhetschef",
                IdentifiedOn = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }, klara),
            "Klara's role reached Risks.")).Risk;
        await risks.AssessRiskAsync(new AssessRiskRequest
        {
            RiskId = risk.RiskId, Kind = AssessmentKind.Initial, Probability = 3, Consequence = 4, Grounds = "Tre avvikelser i år.",
        }, klara);
        var rov = (await risks.CreateRiskAndMaterialityAnalysisAsync(new CreateRiskAndMaterialityAnalysisRequest { UnitId = Forvaltning, Year = year }, klara)).Rov;
        await risks.RateRiskAsync(new RateRiskRequest { RovId = rov.RovId, RiskId = risk.RiskId, Materiality = 4 }, klara);
        await risks.ChooseControlAsync(new ChooseControlRequest
        {
            RovId = rov.RovId, RiskId = risk.RiskId, Control = "Stickprov av signeringslistor", ResponsibleRole = "enhetschef", Months = { 4, 10 },
        }, klara);
        await risks.AdoptRiskAndMaterialityAnalysisAsync(new AdoptRiskAndMaterialityAnalysisRequest { RovId = rov.RovId }, klara);

        var planned = await Eventually.WaitForAsync(
            async () => (await plans.ListPlansAsync(new ListPlansRequest { UnitId = Hvb, Year = year, PageSize = 10 }, klara)).Plans.ToList(),
            found => found.Count > 0,
            TimeSpan.FromSeconds(60),
            "the unit's plan made from the internkontrollplan");
        var plan = (await plans.GetPlanAsync(new GetPlanRequest { PlanId = planned.Single().PlanId }, klara)).Plan;
        var activity = Assert.Single(plan.Activities);

        Assert.Equal((Hvb, year, PlanState.Draft), (plan.UnitId, plan.Year, plan.State));
        Assert.Equal((risk.RiskId, "Stickprov av signeringslistor"), (activity.RiskId, activity.Name));
        Assert.Equal(Frequency.ChosenMonths, activity.Frequency);
        Assert.Equal([4, 10], activity.Months.Order());

        var fredrik = Bearer(await platform.TokenAsync(DemoUsers.FredrikFalk));
        await Eventually.PermittedAsync(() => plans.ApprovePlanAsync(new ApprovePlanRequest { PlanId = plan.PlanId }, fredrik), "Fredrik's role reached SelfInspection.");
        var april = (await plans.GetYearWheelAsync(new GetYearWheelRequest { UnitId = Hvb, Year = year, PageSize = 50 }, klara)).Months
            .SelectMany(m => m.Occurrences).Single(o => o.Month == 4);
        var execution = (await inspections.RecordExecutionAsync(new RecordExecutionRequest
        {
            OccurrenceId = april.OccurrenceId, PerformedOn = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, klara)).Execution;

        var controlled = await Eventually.WaitForAsync(
            async () => (await risks.GetRiskAsync(new GetRiskRequest { RiskId = risk.RiskId }, klara)).Risk,
            found => found.ControlResults.Count > 0,
            TimeSpan.FromSeconds(60),
            "the control's result on the risk");
        var result = Assert.Single(controlled.ControlResults);
        Assert.Equal((execution.ExecutionId, Hvb, 100d, 0), (result.ExecutionId, result.UnitId, result.Score, result.Findings));
    }
}
