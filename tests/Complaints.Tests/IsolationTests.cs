using Grpc.Core;
using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;

namespace Ledningssystem.Complaints.Tests;

/// <summary>Another tenant never finds a complaint; within the tenant only the unit's handlers (and, for HSL, the HSL roles) do.</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class IsolationTests(ComplaintsFixture platform)
{
    public static TheoryData<string> ComplaintRpcs() => ["get", "classify", "acknowledge", "start", "answer", "close", "reopen", "forward", "share", "raise-incident"];

    [Theory]
    [MemberData(nameof(ComplaintRpcs))]
    public async Task Another_tenants_handler_finds_no_complaint(string rpc)
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);

        await Expect.FailsAsync(StatusCode.NotFound, Call(await platform.AsAsync(Demo.OmsorgAdmin), rpc, complaint.ComplaintId));
        await Expect.FailsAsync(StatusCode.NotFound, Call(await platform.AsAsync(Demo.SocialQualityDeveloper), rpc, complaint.ComplaintId));
    }

    [Theory]
    [MemberData(nameof(ComplaintRpcs))]
    public async Task Employees_staff_of_another_unit_and_HSL_roles_cannot_handle_a_complaint_without_HSL(string rpc)
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);

        await Expect.FailsAsync(StatusCode.PermissionDenied, Call(await platform.AsAsync(Demo.AldreEmployee), rpc, complaint.ComplaintId));
        await Expect.FailsAsync(StatusCode.PermissionDenied, Call(await platform.AsAsync(Demo.SolgardenNurse), rpc, complaint.ComplaintId));
        await Expect.FailsAsync(StatusCode.PermissionDenied, Call(await platform.AsAsync(Demo.AldreMas), rpc, complaint.ComplaintId));
    }

    [Fact]
    public async Task MAS_handles_a_complaint_flagged_health_care_and_lists_it()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var mas = await platform.AsAsync(Demo.AldreMas);
        async Task<bool> Lists(ComplaintService.ComplaintServiceClient client) =>
            (await client.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 500 })).Complaints.Any(c => c.ComplaintId == complaint.ComplaintId);
        Assert.False(await Lists(mas));

        await manager.ClassifyComplaintAsync(new ClassifyComplaintRequest { ComplaintId = complaint.ComplaintId, HealthCare = true });

        Assert.True(await Lists(mas));
        Assert.Equal(ComplaintState.Received, (await mas.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaint.ComplaintId })).Complaint.State);
        await mas.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = complaint.ComplaintId, AcknowledgedOn = new Workflow(platform).Today });
    }

    [Fact]
    public async Task Lists_show_the_subtree_to_its_managers_and_nothing_to_staff_the_namnd_or_other_tenants()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);
        async Task<bool> Lists(string user) =>
            (await (await platform.AsAsync(user)).ListComplaintsAsync(new ListComplaintsRequest { PageSize = 500 })).Complaints.Any(c => c.ComplaintId == complaint.ComplaintId);

        Assert.True(await Lists(Demo.AldreUnitManager));
        Assert.True(await Lists(Demo.AldreAreaManager));
        Assert.False(await Lists(Demo.AldreEmployee));
        Assert.False(await Lists(Demo.SolgardenNurse));
        Assert.False(await Lists(Demo.OmsorgAdmin));
        Assert.False(await Lists(Demo.SocialQualityDeveloper));
    }

    [Fact]
    public async Task The_namnd_sees_no_single_complaint_of_its_own_tenant()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var register = Workflow.Register(Demo.SocialForvaltning, new Workflow(platform).Today);
        var complaint = (await quality.RegisterComplaintAsync(register)).Complaint;
        var committee = await platform.AsAsync(Demo.SocialCommittee);

        await Expect.FailsAsync(StatusCode.PermissionDenied, committee.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaint.ComplaintId }));
        Assert.Empty((await committee.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 500 })).Complaints);
        await Expect.FailsAsync(StatusCode.PermissionDenied, committee.RegisterComplaintAsync(register));
    }

    [Fact]
    public async Task Staff_register_only_on_their_own_units()
    {
        var employee = await platform.AsAsync(Demo.AldreEmployee);
        var today = new Workflow(platform).Today;

        await Expect.FailsAsync(StatusCode.PermissionDenied, employee.RegisterComplaintAsync(Workflow.Register(Demo.Solgarden, today)));
        await Expect.FailsAsync(StatusCode.PermissionDenied, employee.RegisterComplaintAsync(Workflow.Register(Demo.OmsorgCity, today)));
    }

    private static Task Call(ComplaintService.ComplaintServiceClient client, string rpc, string id) => rpc switch
    {
        "get" => client.GetComplaintAsync(new GetComplaintRequest { ComplaintId = id }).ResponseAsync,
        "classify" => client.ClassifyComplaintAsync(new ClassifyComplaintRequest { ComplaintId = id }).ResponseAsync,
        "acknowledge" => client.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = id, AcknowledgedOn = "2026-01-01" }).ResponseAsync,
        "start" => client.StartInvestigationAsync(new StartInvestigationRequest { ComplaintId = id }).ResponseAsync,
        "answer" => client.AnswerComplaintAsync(new AnswerComplaintRequest { ComplaintId = id, Text = "Svar" }).ResponseAsync,
        "close" => client.CloseComplaintAsync(new CloseComplaintRequest { ComplaintId = id }).ResponseAsync,
        "reopen" => client.ReopenComplaintAsync(new ReopenComplaintRequest { ComplaintId = id, Reason = "Skäl" }).ResponseAsync,
        "forward" => client.ForwardComplaintAsync(Workflow.ForwardToSocial(id)).ResponseAsync,
        "raise-incident" => client.RaiseIncidentAsync(LinkedIncidentTests.Raise(id)).ResponseAsync,
        _ => client.SharePraiseAsync(new SharePraiseRequest { ComplaintId = id, Text = "Tack" }).ResponseAsync,
    };
}
