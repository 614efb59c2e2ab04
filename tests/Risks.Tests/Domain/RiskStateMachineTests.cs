using Ledningssystem.Risks.Domain;
using Ledningssystem.ServiceDefaults.Workflow;

namespace Ledningssystem.Risks.Tests.Domain;

/// <summary>The risk, the riskanalys, the RoV and the matrix as pure domain objects: every allowed and every forbidden step.</summary>
public sealed class RiskStateMachineTests
{
    private static readonly Actor Klara = new("klara", "Klara Kvist");
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly RiskMatrix Matrix = RiskMatrix.Default("t", Now);

    private static Risk NewRisk() => Risk.Identify(
        "r", "t", new RiskContent("u", null, null, "Fall", "Beskrivning", "Orsak", "Skada", "Chef", Today), Klara, Now);

    private static Risk Assessed()
    {
        var risk = NewRisk();
        risk.Assess(AssessmentKind.Initial, Matrix, 3, 3, "Grund", Klara, Now);
        return risk;
    }

    private static Risk Closed()
    {
        var risk = Assessed();
        risk.Close(CloseOutcome.Accepted, "Accepteras", Klara, Now);
        return risk;
    }

    public static TheoryData<string> States() => ["identified", "assessed", "closed"];

    private static Risk InState(string state) => state switch
    {
        "identified" => NewRisk(),
        "assessed" => Assessed(),
        _ => Closed(),
    };

    [Theory]
    [InlineData("identified", true)]
    [InlineData("assessed", true)]
    [InlineData("closed", false)]
    public void An_initial_assessment_is_made_on_any_open_risk(string state, bool allowed) =>
        Allowed(allowed, () => InState(state).Assess(AssessmentKind.Initial, Matrix, 1, 1, "Grund", Klara, Now));

    [Theory]
    [InlineData("identified", false)]
    [InlineData("assessed", true)]
    [InlineData("closed", false)]
    public void Actions_are_decided_on_assessed_risks_only(string state, bool allowed) =>
        Allowed(allowed, () => InState(state).DecideAction("a", "Åtgärd", "Chef", Today, Klara, Now));

    [Theory]
    [InlineData("identified", false)]
    [InlineData("assessed", true)]
    [InlineData("closed", false)]
    public void An_accepted_risk_must_be_assessed_and_open(string state, bool allowed) =>
        Allowed(allowed, () => InState(state).Close(CloseOutcome.Accepted, "Skäl", Klara, Now));

    [Theory]
    [InlineData("identified", true)]
    [InlineData("assessed", true)]
    [InlineData("closed", false)]
    public void Any_open_risk_may_be_eliminated(string state, bool allowed) =>
        Allowed(allowed, () => InState(state).Close(CloseOutcome.Eliminated, "Skäl", Klara, Now));

    [Theory]
    [MemberData(nameof(States))]
    public void Links_are_added_in_every_state_and_once(string state)
    {
        var risk = InState(state);
        Assert.True(risk.Link(LinkKind.Incident, "i", Klara, Now));
        Assert.False(risk.Link(LinkKind.Incident, "i", Klara, Now));
        Assert.True(risk.Link(LinkKind.Complaint, "i", Klara, Now));
    }

    [Fact]
    public void The_remaining_risk_is_assessed_after_a_completed_action_and_places_the_risk_after_actions()
    {
        var risk = Assessed();
        var action = risk.DecideAction("a", "Åtgärd", "Chef", Today, Klara, Now);
        Assert.Equal("NO_COMPLETED_ACTION", Refusal(() => risk.Assess(AssessmentKind.Residual, Matrix, 1, 2, "Grund", Klara, Now)));
        risk.CompleteAction(action.Id, Today, Klara, Now);
        Assert.Equal("ACTION_COMPLETED", Refusal(() => risk.CompleteAction(action.Id, Today, Klara, Now)));
        Assert.Equal("NO_SUCH_ACTION", Refusal(() => risk.CompleteAction("x", Today, Klara, Now)));

        risk.Assess(AssessmentKind.Residual, Matrix, 1, 2, "Grund", Klara, Now);

        Assert.Equal((3, 3), (risk.PlacedOn(Today, MatrixBasis.BeforeActions)!.Probability, risk.PlacedOn(Today, MatrixBasis.BeforeActions)!.Consequence));
        Assert.Equal((1, 2), (risk.PlacedOn(Today, MatrixBasis.AfterActions)!.Probability, risk.PlacedOn(Today, MatrixBasis.AfterActions)!.Consequence));
        Assert.Null(risk.PlacedOn(Today.AddDays(-1), MatrixBasis.AfterActions));
        Assert.Equal(RiskLevel.Low, risk.Level);
    }

    [Fact]
    public void A_risk_is_open_from_the_day_identified_until_the_day_closed()
    {
        var risk = Closed();
        Assert.False(risk.IsOpenOn(Today.AddDays(-1)));
        Assert.False(risk.IsOpenOn(Today));
        Assert.True(NewRisk().IsOpenOn(Today));
    }

    [Fact]
    public void A_riskanalys_completes_once_with_every_risk_assessed()
    {
        var analysis = RiskAnalysis.Start("a", "t", "u", AnalysisSubject.Change, null, "Ändring", Today, ["Klara", "Klara", "Nils"], Klara, Now);
        Assert.Equal(["Klara", "Nils"], analysis.Participants);
        Assert.Equal("NO_RISKS", Refusal(() => analysis.Complete([], Klara, Now)));
        Assert.Equal("RISK_NOT_ASSESSED", Refusal(() => analysis.Complete([NewRisk()], Klara, Now)));

        analysis.Complete([Assessed(), Closed()], Klara, Now);

        Assert.Equal(RiskAnalysisState.Completed, analysis.State);
        Assert.Equal("ILLEGAL_TRANSITION", Refusal(() => analysis.Complete([Assessed()], Klara, Now)));
        Assert.Equal("ILLEGAL_TRANSITION", Refusal(analysis.RequireOpen));
        Assert.Equal("PROCESS_DOCUMENT", Refusal(() => RiskAnalysis.Start("b", "t", "u", AnalysisSubject.Process, null, "P", Today, ["K"], Klara, Now)));
    }

    [Fact]
    public void An_RoV_is_rated_chosen_and_adopted_once()
    {
        var rov = RiskAndMaterialityAnalysis.Create("v", "t", "u", 2027, Klara, Now);
        Assert.Equal("RISK_NOT_ASSESSED", Refusal(() => rov.Rate(NewRisk(), inSubtree: true, 3, Klara, Now)));
        Assert.Equal("RISK_OUTSIDE_SCOPE", Refusal(() => rov.Rate(Assessed(), inSubtree: false, 3, Klara, Now)));
        Assert.Equal("RISK_CLOSED", Refusal(() => rov.Rate(Closed(), inSubtree: true, 3, Klara, Now)));
        Assert.Equal("RISK_NOT_RATED", Refusal(() => rov.Choose("r", new ChosenControl("K", "MAS", null, []), Klara, Now)));
        rov.Rate(Assessed(), inSubtree: true, 3, Klara, Now);
        Assert.Equal("NO_CONTROLS", Refusal(() => rov.Adopt(Klara, Now)));
        rov.Choose("r", new ChosenControl("Stickprov", "MAS", null, [3, 9]), Klara, Now);

        var plan = rov.Adopt(Klara, Now);

        Assert.Equal([3, 9], plan.Single().Months);
        Assert.Equal(RovState.Adopted, rov.State);
        Assert.Equal("ILLEGAL_TRANSITION", Refusal(() => rov.Adopt(Klara, Now)));
        Assert.Equal("ILLEGAL_TRANSITION", Refusal(() => rov.Rate(Assessed(), inSubtree: true, 1, Klara, Now)));
    }

    [Fact]
    public void A_matrix_version_keeps_its_scales_and_refuses_values_outside_them()
    {
        var next = Matrix.Next(["låg", "hög"], ["liten", "stor"], [RiskLevel.Low, RiskLevel.Medium, RiskLevel.Medium, RiskLevel.High], Now);
        Assert.Equal(2, next.Version);
        Assert.Equal(RiskLevel.High, next.LevelOf(2, 2));
        Assert.Equal(RiskLevel.VeryHigh, Matrix.LevelOf(4, 4));
        Assert.Equal("OUTSIDE_SCALE", Refusal(() => next.LevelOf(3, 1)));
        Assert.Equal("LEVELS_DO_NOT_FIT", Refusal(() => Matrix.Next(["a", "b"], ["c", "d"], [RiskLevel.Low], Now)));
    }

    private static void Allowed(bool allowed, Action step)
    {
        if (allowed)
        {
            step();
        }
        else
        {
            Assert.Equal("ILLEGAL_TRANSITION", Refusal(step));
        }
    }

    private static string Refusal(Action step) => Assert.Throws<RisksRuleException>(step).Reason;
}
