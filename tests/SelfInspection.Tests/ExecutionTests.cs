using Grpc.Core;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.SelfInspection.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.SelfInspection.Tests;

/// <summary>Carrying out with a checklist: the score, findings from the answers, actions, acceptance and the balanslista.</summary>
[Collection(SelfInspectionGroup.Name)]
[Trait("Category", "Database")]
public sealed class ExecutionTests(SelfInspectionFixture platform)
{
    private const string Today = "2027-01-11";

    private readonly Checklists checklists = new(platform);

    [Fact]
    public async Task An_execution_scores_its_answers_raises_findings_for_nej_and_delvis_and_completes_the_occurrence()
    {
        var occurrence = await checklists.OccurrenceAsync();
        var manager = await platform.InspectionsAsAsync(Demo.AldreUnitManager);

        var execution = (await manager.RecordExecutionAsync(Checklists.Answers(occurrence.OccurrenceId, Today))).Execution;

        // Ja on weight 2, delvis on weight 1 and nej on weight 1: (2 + 0.5) / 4.
        Assert.Equal(62.5, execution.Score);
        Assert.Equal(2, execution.FindingIds.Count);
        var findings = await Task.WhenAll(execution.FindingIds.Select(async id => (await manager.GetFindingAsync(new GetFindingRequest { FindingId = id })).Finding));
        Assert.Equal(
            [("q2", Severity.Low, "Finns handsprit vid varje brukare? – Saknas hos två brukare"), ("q3", Severity.Medium, "Är arbetskläderna rena?")],
            findings.Select(f => (f.QuestionId, f.Severity, f.Description)).Order());
        var done = Assert.Single(await new Plans(platform).WheelAsync(occurrence.Year));
        Assert.Equal((OccurrenceState.Done, execution.ExecutionId, 62.5), (done.State, done.ExecutionId, done.Score));
        Assert.Equal(["InspectionScheduled", "InspectionCompleted"], await platform.EventsOfAsync(occurrence.OccurrenceId));
        Assert.Equal(["FindingRaised"], await platform.EventsOfAsync(execution.FindingIds[0]));
        Assert.Equal("OCCURRENCE_STATE_DONE", Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition,
            manager.RecordExecutionAsync(Checklists.Answers(occurrence.OccurrenceId, Today))))!.Metadata["current_state"]);
    }

    [Fact]
    public async Task Reading_an_execution_is_audited_and_shows_who_answered_what()
    {
        var occurrence = await checklists.OccurrenceAsync();
        var manager = await platform.InspectionsAsAsync(Demo.AldreUnitManager);
        var recorded = (await manager.RecordExecutionAsync(Checklists.Answers(occurrence.OccurrenceId, Today))).Execution;

        var read = (await (await platform.InspectionsAsAsync(Demo.AldreAreaManager)).GetExecutionAsync(new GetExecutionRequest { ExecutionId = recorded.ExecutionId })).Execution;

        Assert.Equal((DemoUsers.ErikErikssonSub, Today), (read.Performed.UserId, read.PerformedOn));
        Assert.Equal("Saknas hos två brukare", read.Answers.Single(a => a.QuestionId == "q2").Comment);
        Assert.Equal(1, await platform.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.EntityId == recorded.ExecutionId && e.UserId == DemoUsers.OlofOlssonSub)));
    }

    [Fact]
    public async Task A_required_question_left_unanswered_or_an_answer_of_the_wrong_kind_is_refused()
    {
        var occurrence = await checklists.OccurrenceAsync();
        var manager = await platform.InspectionsAsAsync(Demo.AldreUnitManager);
        var missing = Checklists.Answers(occurrence.OccurrenceId, Today);
        missing.Answers.RemoveAt(0);
        var wrongKind = Checklists.Answers(occurrence.OccurrenceId, Today);
        wrongKind.Answers[3].Value = "tolv";

        Assert.Equal("REQUIRED_UNANSWERED", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, manager.RecordExecutionAsync(missing)));
        Assert.Equal("ANSWER_DOES_NOT_FIT", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, manager.RecordExecutionAsync(wrongKind)));
        Assert.Equal("PERFORMED_IN_FUTURE", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            manager.RecordExecutionAsync(Checklists.Answers(occurrence.OccurrenceId, "2027-01-12"))));
    }

    [Fact]
    public async Task A_finding_leads_to_an_action_on_the_balanslista_until_completed_or_is_accepted_with_a_reason()
    {
        var occurrence = await checklists.OccurrenceAsync();
        var manager = await platform.InspectionsAsAsync(Demo.AldreUnitManager);
        var execution = (await manager.RecordExecutionAsync(Checklists.Answers(occurrence.OccurrenceId, Today))).Execution;
        var (acted, accepted) = (execution.FindingIds[0], execution.FindingIds[1]);
        async Task<bool> OnBalance() => (await manager.ListFindingsAsync(new ListFindingsRequest { UnitId = Demo.HemtjanstNorr, OpenActionsOnly = true, PageSize = 500 }))
            .Findings.Any(f => f.FindingId == acted);

        var decided = (await manager.DecideActionAsync(new DecideActionRequest
        {
            FindingId = acted, Description = "Handsprit till alla brukare", ResponsibleUserId = DemoUsers.AnnaAnderssonSub, ResponsibleName = "Anna Andersson", DueOn = "2027-02-15",
        })).Finding;
        Assert.Equal((FindingState.ActionDecided, "2027-02-15", false), (decided.State, decided.Action.DueOn, decided.Action.Overdue));
        Assert.True(await OnBalance());
        // Reporting's balanslista names who is responsible (docs/events.md).
        var published = await platform.QueryAsync(db => db.Set<ServiceDefaults.Events.OutboxMessage>().AsNoTracking()
            .Where(m => m.AggregateId == acted && m.Type == "ledningssystem.events.v1.InspectionActionDecided").Select(m => m.Payload).SingleAsync());
        Assert.Equal(DemoUsers.AnnaAnderssonSub, Contracts.Events.V1.InspectionActionDecided.Parser.ParseJson(published).ResponsibleUserId);

        var closed = (await manager.CompleteActionAsync(new CompleteActionRequest { FindingId = acted, FollowUpNote = "Kontrollerat vid nästa rond" })).Finding;
        Assert.Equal((FindingState.Closed, "Kontrollerat vid nästa rond"), (closed.State, closed.Action.FollowUpNote));
        Assert.False(await OnBalance());
        Assert.Equal(["FindingRaised", "InspectionActionDecided", "InspectionActionCompleted"], await platform.EventsOfAsync(acted));

        var acceptance = (await manager.AcceptFindingAsync(new AcceptFindingRequest { FindingId = accepted, Reason = "Arbetskläderna byts redan dagligen" })).Finding;
        Assert.Equal((FindingState.Accepted, "Arbetskläderna byts redan dagligen"), (acceptance.State, acceptance.AcceptedReason));
        Assert.Equal("FINDING_STATE_ACCEPTED", Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition,
            manager.CompleteActionAsync(new CompleteActionRequest { FindingId = accepted, FollowUpNote = "x" })))!.Metadata["current_state"]);
        Assert.Equal("DUE_IN_PAST", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, manager.DecideActionAsync(new DecideActionRequest
        {
            FindingId = (await manager.RaiseFindingAsync(new RaiseFindingRequest { ExecutionId = execution.ExecutionId, Description = "Fri iakttagelse", Severity = Severity.High })).Finding.FindingId,
            Description = "Sent", ResponsibleUserId = DemoUsers.AnnaAnderssonSub, ResponsibleName = "Anna Andersson", DueOn = "2027-01-10",
        })));
    }

    [Fact]
    public async Task A_new_checklist_version_retires_the_old_and_is_used_from_then_on()
    {
        var occurrence = await checklists.OccurrenceAsync();
        var author = await platform.ChecklistsAsAsync(Demo.AldreApprover);
        var v1 = await platform.QueryAsync(db => db.Occurrences.IgnoreQueryFilters().Where(o => o.Id == occurrence.OccurrenceId).Select(o => o.ChecklistTemplateId!).SingleAsync());

        var v2 = (await author.ReviseChecklistTemplateAsync(new ReviseChecklistTemplateRequest { TemplateId = v1, Questions = { Checklists.YesNoQuestion("q1", "Följs basala hygienrutiner?") } })).Template;
        Assert.Equal((2, TemplateState.Draft), (v2.TemplateVersion, v2.State));
        await author.PublishChecklistTemplateAsync(new PublishChecklistTemplateRequest { TemplateId = v2.TemplateId });

        Assert.Equal(TemplateState.Retired, (await author.GetChecklistTemplateAsync(new GetChecklistTemplateRequest { TemplateId = v1 })).Template.State);
        var execution = (await (await platform.InspectionsAsAsync(Demo.AldreUnitManager)).RecordExecutionAsync(new RecordExecutionRequest
        {
            OccurrenceId = occurrence.OccurrenceId, PerformedOn = Today, Answers = { new Answer { QuestionId = "q1", YesNo = YesNo.NotApplicable } },
        })).Execution;
        Assert.Equal((v2.TemplateId, 100.0), (execution.TemplateId, execution.Score));
        Assert.Equal("ILLEGAL_TRANSITION", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            author.PublishChecklistTemplateAsync(new PublishChecklistTemplateRequest { TemplateId = v2.TemplateId })));
    }
}
