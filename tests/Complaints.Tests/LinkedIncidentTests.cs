using Grpc.Core;
using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.ServiceDefaults.Api;
using IncidentContracts = Ledningssystem.Contracts.Incidents.V1;

namespace Ledningssystem.Complaints.Tests;

/// <summary>A complaint that reveals a fel or brist raises an incident in Incidents on the caller's own token; both show the link (ADR 0018).</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class LinkedIncidentTests(ComplaintsFixture platform)
{
    public static RaiseIncidentRequest Raise(string complaintId) => new()
    {
        ComplaintId = complaintId,
        WhatHappened = "Insatsen uteblev två timmar flera dagar i rad.",
        ImmediateActions = "Schemat ses över.",
    };

    [Fact]
    public async Task A_staff_registered_complaint_raises_an_incident_that_names_it_as_origin_and_a_retry_returns_the_same()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Investigating);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);

        var linked = (await manager.RaiseIncidentAsync(Raise(complaint.ComplaintId))).Complaint;
        var retried = (await manager.RaiseIncidentAsync(Raise(complaint.ComplaintId))).Complaint;

        Assert.NotEmpty(linked.LinkedIncidentId);
        Assert.Equal(linked.LinkedIncidentId, retried.LinkedIncidentId);
        Assert.Equal(ComplaintState.Investigating, linked.State);
        var raised = Assert.Single(retried.History, h => h.Step == "INCIDENT_RAISED");
        var managerId = retried.History.Single(h => h.Step == "ACKNOWLEDGED").Actor.UserId;
        Assert.Equal((managerId, linked.LinkedIncidentId), (raised.Actor.UserId, raised.Note));
        var incident = (await (await platform.IncidentsAsAsync(Demo.AldreUnitManager)).GetIncidentAsync(new IncidentContracts.GetIncidentRequest { IncidentId = linked.LinkedIncidentId })).Incident;
        Assert.Equal(("complaints", complaint.ComplaintId), (incident.Origin.Service, incident.Origin.Id));
        Assert.Equal((Demo.HemtjanstNorr, "Insatsen uteblev två timmar flera dagar i rad.", "Schemat ses över."), (incident.UnitId, incident.WhatHappened, incident.ImmediateActions));
        Assert.Equal(managerId, incident.Reported.UserId);
        Assert.Equal(linked.LinkedIncidentId, (await manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaint.ComplaintId })).Complaint.LinkedIncidentId);
        Assert.Equal(["ComplaintReceived", "ComplaintAcknowledged", "ComplaintLinkedToIncident"], await platform.EventsOfAsync(complaint.ComplaintId));
    }

    [Fact]
    public async Task An_incident_raised_before_a_lost_save_is_found_again_by_its_origin()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);
        // What the first attempt left behind when it crashed between Incidents' answer and its own save.
        var first = (await (await platform.IncidentsAsAsync(Demo.AldreUnitManager)).ReportIncidentAsync(new IncidentContracts.ReportIncidentRequest
        {
            UnitId = Demo.HemtjanstNorr,
            WhatHappened = "Första försöket",
            OccurredAt = DateTimeOffset.UtcNow.ToProto(),
            Origin = new IncidentContracts.IncidentOrigin { Service = "complaints", Id = complaint.ComplaintId },
        })).Incident;

        var linked = (await (await platform.AsAsync(Demo.AldreUnitManager)).RaiseIncidentAsync(Raise(complaint.ComplaintId))).Complaint;

        Assert.Equal(first.IncidentId, linked.LinkedIncidentId);
    }

    [Theory]
    [InlineData(ComplaintState.Closed)]
    [InlineData(ComplaintState.Forwarded)]
    public async Task A_complaint_no_longer_handled_here_raises_no_incident(ComplaintState state)
    {
        var complaint = await new Workflow(platform).InStateAsync(state);

        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, (await platform.AsAsync(Demo.AldreUnitManager)).RaiseIncidentAsync(Raise(complaint.ComplaintId)));

        Assert.Equal(("ILLEGAL_TRANSITION", "COMPLAINT_STATE_" + state.ToString().ToUpperInvariant()), (Expect.ErrorInfo(refused)?.Reason, Expect.ErrorInfo(refused)?.Metadata["current_state"]));
    }

    [Fact]
    public async Task Beröm_raises_no_incident()
    {
        var today = new Workflow(platform).Today;
        var praise = (await (await platform.AsAsync(Demo.AldreEmployee)).RegisterComplaintAsync(new RegisterComplaintRequest(Workflow.Register(Demo.HemtjanstNorr, today)) { Kind = ComplaintKind.Praise })).Complaint;

        Assert.Equal("PRAISE_NOT_INCIDENT", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, (await platform.AsAsync(Demo.AldreUnitManager)).RaiseIncidentAsync(Raise(praise.ComplaintId))));
    }

    [Fact]
    public async Task What_happened_is_written_by_the_handler_and_cannot_lie_in_the_future()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);

        Assert.Equal(["what_happened"], Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.RaiseIncidentAsync(new RaiseIncidentRequest(Raise(complaint.ComplaintId)) { WhatHappened = "" }))));
        Assert.Equal(["immediate_actions"], Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.RaiseIncidentAsync(new RaiseIncidentRequest(Raise(complaint.ComplaintId)) { ImmediateActions = new string('x', Complaints.Domain.Limits.ShortText + 1) }))));
        Assert.Equal(["occurred_at"], Expect.FieldViolations(await Expect.FailsAsync(StatusCode.InvalidArgument, manager.RaiseIncidentAsync(new RaiseIncidentRequest(Raise(complaint.ComplaintId)) { OccurredAt = platform.Clock.GetUtcNow().AddDays(1).ToProto() }))));
        Assert.Empty((await manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaint.ComplaintId })).Complaint.LinkedIncidentId);
    }

    [Fact]
    public async Task Incidents_unreachable_answers_UNAVAILABLE_in_Swedish_and_stores_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var service = await ComplaintsFixture.StartComplaintsAsync(database, platform.Issuer, TimeProvider.System, new Dictionary<string, string?>
        {
            ["Services:incidents:GrpcAddress"] = $"http://127.0.0.1:{FreePorts.Take(1)[0]}",
        });
        var manager = new ComplaintService.ComplaintServiceClient(service.Channel(await platform.TokenAsync(Demo.AldreUnitManager)));
        var employee = new ComplaintService.ComplaintServiceClient(service.Channel(await platform.TokenAsync(Demo.AldreEmployee)));
        var complaint = (await employee.RegisterComplaintAsync(Workflow.Register(Demo.HemtjanstNorr, SwedishToday()))).Complaint;

        var refused = await Expect.FailsAsync(StatusCode.Unavailable, manager.RaiseIncidentAsync(Raise(complaint.ComplaintId)));

        Assert.Contains("går inte att nå", refused.Status.Detail, StringComparison.Ordinal);
        var stored = (await manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaint.ComplaintId })).Complaint;
        Assert.Equal(("", 1), (stored.LinkedIncidentId, stored.History.Count));
    }

    private static string SwedishToday() => ServiceDefaults.Calendar.SwedishCalendar.Today(TimeProvider.System).ToIso();
}
