using Grpc.Core;
using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;

namespace Ledningssystem.Complaints.Tests;

/// <summary>Every step taken in a state that does not allow it answers FAILED_PRECONDITION naming the current state; a forwarded complaint takes none.</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class TransitionTests(ComplaintsFixture platform)
{
    private static readonly Dictionary<string, ComplaintState> AllowedIn = new()
    {
        ["acknowledge"] = ComplaintState.Received,
        ["start"] = ComplaintState.Acknowledged,
        ["answer"] = ComplaintState.Investigating,
        ["close"] = ComplaintState.Answered,
        ["reopen"] = ComplaintState.Closed,
    };

    public static TheoryData<ComplaintState, string> IllegalSteps()
    {
        var data = new TheoryData<ComplaintState, string>();
        foreach (var state in new[] { ComplaintState.Received, ComplaintState.Acknowledged, ComplaintState.Investigating, ComplaintState.Answered, ComplaintState.Closed, ComplaintState.Forwarded })
        {
            foreach (var (step, allowed) in AllowedIn.Where(s => s.Value != state))
            {
                data.Add(state, step);
            }
        }
        foreach (var state in new[] { ComplaintState.Answered, ComplaintState.Closed, ComplaintState.Forwarded })
        {
            data.Add(state, "forward");
        }
        data.Add(ComplaintState.Closed, "classify");
        data.Add(ComplaintState.Forwarded, "classify");
        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalSteps))]
    public async Task An_illegal_step_answers_FAILED_PRECONDITION_with_the_current_state(ComplaintState state, string step)
    {
        var workflow = new Workflow(platform);
        var complaint = await workflow.InStateAsync(state);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var id = complaint.ComplaintId;

        Task call = step switch
        {
            "acknowledge" => manager.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = id, AcknowledgedOn = workflow.Today }).ResponseAsync,
            "start" => manager.StartInvestigationAsync(new StartInvestigationRequest { ComplaintId = id }).ResponseAsync,
            "answer" => manager.AnswerComplaintAsync(new AnswerComplaintRequest { ComplaintId = id, Text = "Svar" }).ResponseAsync,
            "close" => manager.CloseComplaintAsync(new CloseComplaintRequest { ComplaintId = id }).ResponseAsync,
            "reopen" => manager.ReopenComplaintAsync(new ReopenComplaintRequest { ComplaintId = id, Reason = "Skäl" }).ResponseAsync,
            "forward" => manager.ForwardComplaintAsync(Workflow.ForwardToSocial(id)).ResponseAsync,
            _ => manager.ClassifyComplaintAsync(new ClassifyComplaintRequest { ComplaintId = id }).ResponseAsync,
        };
        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, call);

        var info = Expect.ErrorInfo(refused);
        Assert.Equal("ILLEGAL_TRANSITION", info?.Reason);
        Assert.Equal("COMPLAINT_STATE_" + state.ToString().ToUpperInvariant(), info?.Metadata["current_state"]);
    }
}
