using Grpc.Core;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Data;
using Ledningssystem.Risks.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Tests;

/// <summary>
/// A riskanalys before a change at HVB Björken: three risks found, assessed, an action taken and the remaining risk
/// re-assessed; the matrix view counts them before and after actions, and the register keeps every step.
/// </summary>
[Collection(RisksGroup.Name)]
[Trait("Category", "Database")]
public sealed class RiskAnalysisTests(RisksFixture platform)
{
    [Fact]
    public async Task A_riskanalys_with_three_risks_is_assessed_acted_on_and_reassessed_and_the_matrix_counts_follow()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var today = platform.Today;
        var analysis = (await quality.CreateRiskAnalysisAsync(new CreateRiskAnalysisRequest
        {
            UnitId = Demo.Hvb,
            Subject = AnalysisSubject.Change,
            Title = "Ny bemanning nattetid",
            HeldOn = today,
            Participants = { "Klara Kvist, kvalitetsutvecklare", "Föreståndare", "Skyddsombud" },
        })).Analysis;
        Assert.Equal(RiskAnalysisState.Open, analysis.State);

        var titles = new[] { "Ensamarbete nattetid", "Brister i överrapportering", "Fel vid läkemedelsöverlämning" };
        var ids = new List<string>();
        foreach (var title in titles)
        {
            ids.Add((await quality.IdentifyRiskAsync(Register.Identify(Demo.Hvb, title, today, analysis.AnalysisId))).Risk.RiskId);
        }
        Assert.Equal("RISK_NOT_ASSESSED", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            quality.CompleteRiskAnalysisAsync(new CompleteRiskAnalysisRequest { AnalysisId = analysis.AnalysisId })));

        var levels = new List<RiskLevel>();
        foreach (var (id, (p, c)) in ids.Zip(new[] { (4, 4), (3, 2), (2, 2) }))
        {
            levels.Add((await quality.AssessRiskAsync(Register.Assess(id, p, c))).Risk.Assessments.Single().Level);
        }
        Assert.Equal([RiskLevel.VeryHigh, RiskLevel.High, RiskLevel.Medium], levels);
        var completed = (await quality.CompleteRiskAnalysisAsync(new CompleteRiskAnalysisRequest { AnalysisId = analysis.AnalysisId })).Analysis;
        Assert.Equal(RiskAnalysisState.Completed, completed.State);
        Assert.Equal(ids, completed.RiskIds);
        Assert.Equal(["RiskAnalysisCompleted"], await platform.EventsOfAsync(analysis.AnalysisId));

        var before = await CountsAsync(quality, MatrixBasis.BeforeActions);
        Assert.Equal(1, before[(4, 4)]);
        Assert.Equal(1, before[(3, 2)]);
        Assert.Equal(1, before[(2, 2)]);

        var worst = ids[0];
        Assert.Equal("NO_COMPLETED_ACTION", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            quality.AssessRiskAsync(Register.Assess(worst, 2, 3, AssessmentKind.Residual))));
        var decided = (await quality.DecideRiskActionAsync(new DecideRiskActionRequest
        {
            RiskId = worst, Description = "Larm kopplat till jour", Responsible = "Föreståndare", DueOn = today,
        })).Risk;
        var actionId = decided.Actions.Single().ActionId;
        // Reporting's balanslista names who is responsible (docs/events.md).
        var published = await platform.Service.QueryAsync<RisksDb, string>(db => db.Set<ServiceDefaults.Events.OutboxMessage>().AsNoTracking()
            .Where(m => m.AggregateId == worst && m.Type == "ledningssystem.events.v1.RiskActionDecided").Select(m => m.Payload).SingleAsync());
        Assert.Equal("Föreståndare", Contracts.Events.V1.RiskActionDecided.Parser.ParseJson(published).Responsible);
        await quality.CompleteRiskActionAsync(new CompleteRiskActionRequest { RiskId = worst, ActionId = actionId, CompletedOn = today });
        var reassessed = (await quality.AssessRiskAsync(Register.Assess(worst, 2, 3, AssessmentKind.Residual))).Risk;

        Assert.Equal([AssessmentKind.Initial, AssessmentKind.Residual], reassessed.Assessments.Select(a => a.Kind));
        Assert.Equal([RiskLevel.VeryHigh, RiskLevel.High], reassessed.Assessments.Select(a => a.Level));
        Assert.Equal(ActionStatus.Completed, reassessed.Actions.Single().Status);
        Assert.Equal(["identifierad", "bedömd", "åtgärd beslutad", "åtgärd genomförd", "restrisk bedömd"], reassessed.History.Select(h => h.Step));
        Assert.Equal(
            ["RiskIdentified", "RiskAssessed", "RiskActionDecided", "RiskActionCompleted", "RiskAssessed"],
            await platform.EventsOfAsync(worst));

        var after = await CountsAsync(quality, MatrixBasis.AfterActions);
        Assert.Equal(0, after[(4, 4)]);
        Assert.Equal(1, after[(2, 3)]);
        Assert.Equal(1, after[(3, 2)]);
        Assert.Equal(1, (await CountsAsync(quality, MatrixBasis.BeforeActions))[(4, 4)]);
        var cell = await quality.ListMatrixCellAsync(new ListMatrixCellRequest
        {
            UnitId = Demo.Hvb, On = today, Basis = MatrixBasis.AfterActions, Probability = 2, Consequence = 3,
        });
        Assert.Equal(worst, cell.Risks.Single().RiskId);
        Assert.Equal(RiskLevel.High, cell.Risks.Single().Level);
    }

    [Fact]
    public async Task A_closed_risk_leaves_the_matrix_keeps_its_history_and_takes_no_more_steps()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var risk = await new Register(platform).RiskAsync(Demo.SocialQualityDeveloper, Demo.SkyddatBoende, (1, 1));
        Assert.Equal(1, (await CountsAsync(quality, MatrixBasis.BeforeActions, Demo.SkyddatBoende))[(1, 1)]);

        var closed = (await quality.CloseRiskAsync(new CloseRiskRequest
        {
            RiskId = risk.RiskId, Outcome = CloseOutcome.Accepted, Reason = "Låg risk som verksamheten bär.",
        })).Risk;

        Assert.Equal(RiskState.Closed, closed.State);
        Assert.Equal(CloseOutcome.Accepted, closed.CloseOutcome);
        Assert.Equal("Låg risk som verksamheten bär.", closed.CloseReason);
        Assert.Equal(0, (await CountsAsync(quality, MatrixBasis.BeforeActions, Demo.SkyddatBoende))[(1, 1)]);
        Assert.Equal(["RiskIdentified", "RiskAssessed", "RiskClosed"], await platform.EventsOfAsync(risk.RiskId));
        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, quality.AssessRiskAsync(Register.Assess(risk.RiskId, 2, 2)));
        Assert.Equal("RISK_STATE_CLOSED", Expect.ErrorInfo(refused)!.Metadata["current_state"]);
        Assert.Contains("avslutad", refused.Status.Detail, StringComparison.Ordinal);
        await Expect.FailsAsync(StatusCode.FailedPrecondition, quality.CloseRiskAsync(new CloseRiskRequest
        {
            RiskId = risk.RiskId, Outcome = CloseOutcome.Eliminated, Reason = "Igen",
        }));
    }

    [Fact]
    public async Task Only_an_assessed_risk_is_accepted_while_any_open_risk_may_be_eliminated()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var risk = await new Register(platform).RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb);

        await Expect.FailsAsync(StatusCode.FailedPrecondition, quality.CloseRiskAsync(new CloseRiskRequest
        {
            RiskId = risk.RiskId, Outcome = CloseOutcome.Accepted, Reason = "Accepteras",
        }));
        var closed = (await quality.CloseRiskAsync(new CloseRiskRequest
        {
            RiskId = risk.RiskId, Outcome = CloseOutcome.Eliminated, Reason = "Verksamheten avvecklas.",
        })).Risk;
        Assert.Equal(CloseOutcome.Eliminated, closed.CloseOutcome);
    }

    [Fact]
    public async Task An_incident_a_complaint_and_a_finding_are_linked_once_each_and_the_risk_shows_them()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var risk = await new Register(platform).RiskAsync(Demo.SocialQualityDeveloper, Demo.Hvb, (3, 3));

        foreach (var (kind, id) in new[] { (LinkKind.Incident, "inc-1"), (LinkKind.Complaint, "cmp-1"), (LinkKind.Finding, "fnd-1"), (LinkKind.Incident, "inc-1") })
        {
            await quality.LinkRiskAsync(new LinkRiskRequest { RiskId = risk.RiskId, Kind = kind, TargetId = id });
        }

        var linked = (await quality.GetRiskAsync(new GetRiskRequest { RiskId = risk.RiskId })).Risk;
        Assert.Equal([(LinkKind.Incident, "inc-1"), (LinkKind.Complaint, "cmp-1"), (LinkKind.Finding, "fnd-1")], linked.Links.Select(l => (l.Kind, l.TargetId)));
        Assert.Equal(3, linked.History.Count(h => h.Step == "länkad"));
    }

    [Fact]
    public async Task A_completed_riskanalys_takes_no_more_risks_and_an_analysis_of_a_process_names_its_document()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var today = platform.Today;
        var invalid = await Expect.FailsAsync(StatusCode.InvalidArgument, quality.CreateRiskAnalysisAsync(new CreateRiskAnalysisRequest
        {
            UnitId = Demo.Hvb, Subject = AnalysisSubject.Process, Title = "Inskrivning", HeldOn = today, Participants = { "Klara" },
        }));
        Assert.Contains("document_id", Expect.FieldViolations(invalid));
        var analysis = (await quality.CreateRiskAnalysisAsync(new CreateRiskAnalysisRequest
        {
            UnitId = Demo.Hvb, Subject = AnalysisSubject.Process, DocumentId = "doc-inskrivning", Title = "Inskrivning", HeldOn = today, Participants = { "Klara" },
        })).Analysis;
        var risk = (await quality.IdentifyRiskAsync(Register.Identify(Demo.Hvb, "Saknad genomförandeplan", today, analysis.AnalysisId))).Risk;
        await quality.AssessRiskAsync(Register.Assess(risk.RiskId, 2, 1));
        await quality.CompleteRiskAnalysisAsync(new CompleteRiskAnalysisRequest { AnalysisId = analysis.AnalysisId });

        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, quality.IdentifyRiskAsync(Register.Identify(Demo.Hvb, "Sen", today, analysis.AnalysisId)));
        Assert.Equal("RISK_ANALYSIS_STATE_COMPLETED", Expect.ErrorInfo(refused)!.Metadata["current_state"]);
        var read = (await quality.GetRiskAnalysisAsync(new GetRiskAnalysisRequest { AnalysisId = analysis.AnalysisId })).Analysis;
        Assert.Equal("doc-inskrivning", read.DocumentId);
        Assert.Equal([risk.RiskId], read.RiskIds);
    }

    private async Task<Dictionary<(int, int), int>> CountsAsync(RiskService.RiskServiceClient client, MatrixBasis basis, string unitId = Demo.Hvb)
    {
        var view = await client.GetMatrixViewAsync(new GetMatrixViewRequest { UnitId = unitId, On = platform.Today, Basis = basis });
        return view.Cells.ToDictionary(c => (c.Probability, c.Consequence), c => c.Count);
    }
}
