using Grpc.Core;
using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Tests;

/// <summary>A complaint handed over to another tenant: the receiver gets its own complaint, the sender keeps the record, both audited.</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class ForwardingTests(ComplaintsFixture platform)
{
    [Fact]
    public async Task The_receiving_tenant_handles_its_own_copy_and_the_sender_keeps_the_record()
    {
        var workflow = new Workflow(platform);
        var original = await workflow.InStateAsync(ComplaintState.Acknowledged);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var receiver = await platform.AsAsync(Demo.SocialQualityDeveloper);

        var record = (await manager.ForwardComplaintAsync(Workflow.ForwardToSocial(original.ComplaintId))).Complaint;

        Assert.Equal(ComplaintState.Forwarded, record.State);
        Assert.Null(record.Deadline);
        Assert.Equal((Demo.Social, Demo.SocialForvaltning), (record.ForwardedTo.TenantId, record.ForwardedTo.UnitId));
        Assert.Equal(("FORWARDED", "Gäller socialnämndens verksamhet."), (record.History[^1].Step, record.History[^1].Note));
        Assert.Equal("Karin Berg", record.Complainant.Name);

        var summary = (await receiver.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 500 })).Complaints
            .Single(c => c.Reference == record.ForwardedTo.Reference);
        var received = (await receiver.GetComplaintAsync(new GetComplaintRequest { ComplaintId = summary.ComplaintId })).Complaint;
        Assert.Equal((ComplaintState.Received, Channel.OtherOrganisation, workflow.Today), (received.State, received.Channel, received.ReceivedOn));
        Assert.Equal((Demo.Social, Demo.SocialForvaltning), (received.TenantId, received.UnitId));
        Assert.Equal((Demo.Aldre, Demo.HemtjanstNorr, original.Reference), (received.ForwardedFrom.TenantId, received.ForwardedFrom.UnitId, received.ForwardedFrom.Reference));
        Assert.Equal((original.Subject, original.Description), (received.Subject, received.Description));
        Assert.Equal((ComplainantRole.Relative, "Karin Berg", "070-123 45 67"), (received.Complainant.Role, received.Complainant.Name, received.Complainant.Phone));
        Assert.Equal("Gäller socialnämndens verksamhet.", received.History.Single().Note);
        Assert.Empty(received.CategoryIds);
        Assert.Equal(DeadlineStage.Acknowledge, received.Deadline.Stage);

        // Each tenant sees only its own side.
        await Expect.FailsAsync(StatusCode.NotFound, manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = received.ComplaintId }));
        await Expect.FailsAsync(StatusCode.NotFound, receiver.GetComplaintAsync(new GetComplaintRequest { ComplaintId = original.ComplaintId }));
        Assert.Equal(["ComplaintReceived", "ComplaintAcknowledged", "ComplaintForwarded"], await platform.EventsOfAsync(original.ComplaintId));
        Assert.Equal(["ComplaintReceived"], await platform.EventsOfAsync(received.ComplaintId));

        var audit = await platform.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(e => e.EntityId == original.ComplaintId || e.EntityId == received.ComplaintId)
            .Select(e => new { e.TenantId, e.EntityId, e.Action })
            .ToListAsync());
        Assert.Contains(audit, e => e.TenantId == Demo.Aldre && e.EntityId == original.ComplaintId && e.Action == AuditAction.Export);
        Assert.Contains(audit, e => e.TenantId == Demo.Social && e.EntityId == received.ComplaintId && e.Action == AuditAction.Create);
        Assert.DoesNotContain(audit, e => e.EntityId == received.ComplaintId && e.TenantId != Demo.Social);
    }

    [Fact]
    public async Task The_public_sender_follows_a_forwarded_complaint_to_the_provider_that_took_it_over()
    {
        var sent = await platform.Public.SubmitComplaintAsync(Workflow.AnonymousSubmission());
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var id = (await manager.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 500, Channel = Channel.WebForm })).Complaints
            .Single(c => c.Reference == sent.Reference).ComplaintId;

        var record = (await manager.ForwardComplaintAsync(Workflow.ForwardToSocial(id))).Complaint;

        var followed = await platform.Public.FollowUpComplaintAsync(new FollowUpComplaintRequest { Reference = sent.Reference, FollowUpCode = sent.FollowUpCode });
        Assert.Equal((ComplaintState.Forwarded, "Socialnämnden"), (followed.State, followed.ForwardedToProviderName));
        // The receiver's copy has no code of its own: the sender's code opens only what they sent.
        await Expect.FailsAsync(StatusCode.NotFound, platform.Public.FollowUpComplaintAsync(
            new FollowUpComplaintRequest { Reference = record.ForwardedTo.Reference, FollowUpCode = sent.FollowUpCode }));
        var receiver = await platform.AsAsync(Demo.SocialQualityDeveloper);
        var summary = (await receiver.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 500 })).Complaints.Single(c => c.Reference == record.ForwardedTo.Reference);
        var received = (await receiver.GetComplaintAsync(new GetComplaintRequest { ComplaintId = summary.ComplaintId })).Complaint;
        Assert.Equal((true, ComplainantRole.Anonymous, ""), (received.Anonymous, received.Complainant.Role, received.Complainant.Name));
    }

    [Fact]
    public async Task A_complaint_goes_only_to_an_open_unit_of_another_tenant()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        ForwardComplaintRequest To(string tenantId, string unitId, string reason = "Fel mottagare") =>
            new() { ComplaintId = complaint.ComplaintId, TenantId = tenantId, UnitId = unitId, Reason = reason };

        var own = await Expect.FailsAsync(StatusCode.FailedPrecondition, manager.ForwardComplaintAsync(To(Demo.Aldre, Demo.Solgarden)));
        Assert.Equal("FORWARD_WITHIN_TENANT", Expect.ErrorInfo(own)?.Reason);
        await Expect.FailsAsync(StatusCode.InvalidArgument, manager.ForwardComplaintAsync(To(Demo.Social, Demo.OmsorgCity)));
        await Expect.FailsAsync(StatusCode.InvalidArgument, manager.ForwardComplaintAsync(To("finns-inte", "finns-inte.enhet")));
        await Expect.FailsAsync(StatusCode.InvalidArgument, manager.ForwardComplaintAsync(To(Demo.Social, Demo.SocialForvaltning, reason: "")));

        var unchanged = (await manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaint.ComplaintId })).Complaint;
        Assert.Equal((ComplaintState.Received, null), (unchanged.State, unchanged.ForwardedTo));
    }
}
