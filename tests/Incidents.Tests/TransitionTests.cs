using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Ledningssystem.Contracts.Incidents.V1;
using Ledningssystem.Incidents.Tests.Support;

namespace Ledningssystem.Incidents.Tests;

/// <summary>Every workflow step in every state it is not allowed in answers FAILED_PRECONDITION naming the current state.</summary>
[Collection(IncidentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class TransitionTests(IncidentsFixture platform)
{
    private static readonly Dictionary<string, IncidentState[]> AllowedIn = new()
    {
        ["triage"] = [IncidentState.Reported],
        ["start"] = [IncidentState.Triaged],
        ["investigate"] = [IncidentState.Investigating],
        ["decide-actions"] = [IncidentState.Investigating],
        ["follow-up"] = [IncidentState.ActionsDecided],
        ["close"] = [IncidentState.FollowUp],
        ["reopen"] = [IncidentState.Closed],
    };

    public static TheoryData<IncidentState, string> IllegalSteps()
    {
        var data = new TheoryData<IncidentState, string>();
        var states = new[] { IncidentState.Reported, IncidentState.Triaged, IncidentState.Investigating, IncidentState.ActionsDecided, IncidentState.FollowUp, IncidentState.Closed };
        foreach (var (step, allowed) in AllowedIn)
        {
            foreach (var state in states.Except(allowed))
            {
                data.Add(state, step);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(IllegalSteps))]
    public async Task A_step_in_the_wrong_state_is_refused_naming_the_current_state(IncidentState state, string step)
    {
        var incident = await new Workflow(platform).InStateAsync(state);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var id = incident.IncidentId;

        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, step switch
        {
            "triage" => manager.TriageIncidentAsync(new TriageIncidentRequest { IncidentId = id, Kind = IncidentKind.SocialCare, Severity = Severity.Minor }).ResponseAsync,
            "start" => manager.StartInvestigationAsync(new StartInvestigationRequest { IncidentId = id }).ResponseAsync,
            "investigate" => manager.CompleteInvestigationAsync(Workflow.Investigation(id)).ResponseAsync,
            "decide-actions" => manager.DecideActionsAsync(new DecideActionsRequest
            {
                IncidentId = id,
                Actions = { new NewAction { Description = "Åtgärd", ResponsibleUserId = Demo.AldreUnitManagerSub, DueAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(3)) } },
            }).ResponseAsync,
            "follow-up" => manager.FollowUpIncidentAsync(new FollowUpIncidentRequest { IncidentId = id, Effect = "Effekt" }).ResponseAsync,
            "close" => manager.CloseIncidentAsync(new CloseIncidentRequest { IncidentId = id, Outcome = "Klart" }).ResponseAsync,
            _ => manager.ReopenIncidentAsync(new ReopenIncidentRequest { IncidentId = id, Reason = "Skäl" }).ResponseAsync,
        });

        var info = Expect.ErrorInfo(refused);
        var stateName = IncidentsReflection.Descriptor.EnumTypes.Single(e => e.Name == nameof(IncidentState)).FindValueByNumber((int)state).Name;
        Assert.Equal(stateName, info?.Metadata["current_state"]);
        Assert.Equal("ILLEGAL_TRANSITION", info?.Reason);
        var unchanged = (await manager.GetIncidentAsync(new GetIncidentRequest { IncidentId = id })).Incident;
        Assert.Equal(state, unchanged.State);
    }

    [Fact]
    public async Task The_rules_inside_a_state_are_refused_with_their_own_reasons()
    {
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var triaged = await new Workflow(platform).InStateAsync(IncidentState.Triaged);
        await manager.StartInvestigationAsync(new StartInvestigationRequest { IncidentId = triaged.IncidentId });
        var decide = new DecideActionsRequest
        {
            IncidentId = triaged.IncidentId,
            Actions = { new NewAction { Description = "Åtgärd", ResponsibleUserId = Demo.AldreUnitManagerSub, DueAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(3)) } },
        };
        Assert.Equal("INVESTIGATION_MISSING", Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.DecideActionsAsync(decide).ResponseAsync))?.Reason);

        var decided = await new Workflow(platform).InStateAsync(IncidentState.ActionsDecided);
        var followUp = new FollowUpIncidentRequest { IncidentId = decided.IncidentId, Effect = "Effekt" };
        Assert.Equal("ACTIONS_OPEN", Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.FollowUpIncidentAsync(followUp).ResponseAsync))?.Reason);
        await Expect.FailsAsync(StatusCode.NotFound, manager.CompleteActionAsync(new CompleteActionRequest { IncidentId = decided.IncidentId, ActionId = "finns-inte" }).ResponseAsync);

        var notify = new DecideNotificationRequest { IncidentId = decided.IncidentId, Notify = true, Grounds = "Fel och brist i SoL anmäls inte." };
        Assert.Equal("NOT_NOTIFIABLE", Expect.ErrorInfo(await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.DecideNotificationAsync(notify).ResponseAsync))?.Reason);
    }
}
