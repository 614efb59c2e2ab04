using Ledningssystem.Complaints.Tests.Support;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Tests;

/// <summary>A complaint registered by staff through the whole workflow, over gRPC on a real database.</summary>
[Collection(ComplaintsGroup.Name)]
[Trait("Category", "Database")]
public sealed class WorkflowTests(ComplaintsFixture platform)
{
    [Fact]
    public async Task A_complaint_registered_by_staff_goes_from_received_to_closed_and_back_with_its_history_and_events()
    {
        var workflow = new Workflow(platform);
        var employee = await platform.AsAsync(Demo.AldreEmployee);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        var categories = (await manager.ListCategoriesAsync(new ListCategoriesRequest())).Categories;
        Assert.Contains(categories, c => c.Name == "Bemötande");

        var received = (await employee.RegisterComplaintAsync(Workflow.Register(Demo.HemtjanstNorr, workflow.Today))).Complaint;
        Assert.Equal(ComplaintState.Received, received.State);
        Assert.Matches("^KL-[A-Z2-9]{4}-[A-Z2-9]{4}$", received.Reference);
        Assert.Equal((Channel.Phone, "Karin Berg", DeadlineStage.Acknowledge), (received.Channel, received.Complainant.Name, received.Deadline.Stage));
        var id = received.ComplaintId;

        var bemotande = categories.Single(c => c.Name == "Bemötande").CategoryId;
        var classified = (await manager.ClassifyComplaintAsync(new ClassifyComplaintRequest { ComplaintId = id, CategoryIds = { bemotande }, HealthCare = true })).Complaint;
        Assert.Equal([bemotande], classified.CategoryIds);
        Assert.True(classified.HealthCare);

        var acknowledged = (await manager.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = id, AcknowledgedOn = workflow.Today })).Complaint;
        Assert.Equal((ComplaintState.Acknowledged, workflow.Today, DeadlineStage.Answer), (acknowledged.State, acknowledged.AcknowledgedOn, acknowledged.Deadline.Stage));
        await manager.StartInvestigationAsync(new StartInvestigationRequest { ComplaintId = id });
        var answered = (await manager.AnswerComplaintAsync(new AnswerComplaintRequest { ComplaintId = id, Text = "Svar", Actions = "Åtgärd", ConfidentialityNote = "Sekretess" })).Complaint;
        Assert.Equal((ComplaintState.Answered, "Svar", "Sekretess", "Erik Eriksson"), (answered.State, answered.Answer.Text, answered.Answer.ConfidentialityNote, answered.Answer.Answered.DisplayName));
        Assert.Null(answered.Deadline);
        await manager.CloseComplaintAsync(new CloseComplaintRequest { ComplaintId = id });
        var reopened = (await manager.ReopenComplaintAsync(new ReopenComplaintRequest { ComplaintId = id, Reason = "Ny information" })).Complaint;

        Assert.Equal(ComplaintState.Investigating, reopened.State);
        Assert.Equal(
            ["RECEIVED", "CLASSIFIED", "ACKNOWLEDGED", "INVESTIGATION_STARTED", "ANSWERED", "CLOSED", "REOPENED"],
            reopened.History.Select(h => h.Step));
        Assert.Equal("Ny information", reopened.History[^1].Note);
        Assert.All(reopened.History, h => Assert.NotNull(h.Actor.At));
        Assert.Equal(
            ["ComplaintReceived", "ComplaintClassified", "ComplaintAcknowledged", "ComplaintAnswered", "ComplaintClosed", "ComplaintReopened"],
            await platform.EventsOfAsync(id));
    }

    [Fact]
    public async Task Reading_a_complaint_is_recorded_in_the_audit_trail()
    {
        var complaint = await new Workflow(platform).InStateAsync(ComplaintState.Received);
        var manager = await platform.AsAsync(Demo.AldreUnitManager);

        await manager.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaint.ComplaintId });

        var reads = await platform.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .CountAsync(e => e.EntityId == complaint.ComplaintId && e.EntityType == "Complaint" && e.Action == AuditAction.Read));
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task Lists_filter_by_state_kind_channel_category_and_dates_and_page()
    {
        var workflow = new Workflow(platform);
        var answered = await workflow.InStateAsync(ComplaintState.Answered);
        var received = await workflow.InStateAsync(ComplaintState.Received);
        var manager = await platform.AsAsync(Demo.AldreAreaManager);
        async Task<List<string>> Ids(ListComplaintsRequest request)
        {
            request.PageSize = 500;
            return [.. (await manager.ListComplaintsAsync(request)).Complaints.Select(c => c.ComplaintId)];
        }

        var byState = await Ids(new ListComplaintsRequest { State = ComplaintState.Answered });
        Assert.Contains(answered.ComplaintId, byState);
        Assert.DoesNotContain(received.ComplaintId, byState);
        Assert.Contains(received.ComplaintId, await Ids(new ListComplaintsRequest { UnitId = "aldrenamnden.hemtjanst", Kind = ComplaintKind.Complaint, Channel = Channel.Phone, ReceivedFrom = workflow.Today, ReceivedTo = workflow.Today }));
        Assert.Empty(await Ids(new ListComplaintsRequest { Channel = Channel.Ivo }));
        Assert.Empty(await Ids(new ListComplaintsRequest { CategoryId = "ingen-sadan" }));
        Assert.Empty(await Ids(new ListComplaintsRequest { UnitId = Demo.Solgarden }));

        var first = await manager.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 1 });
        Assert.Single(first.Complaints);
        Assert.NotEmpty(first.NextPageToken);
        var second = await manager.ListComplaintsAsync(new ListComplaintsRequest { PageSize = 1, PageToken = first.NextPageToken });
        Assert.NotEqual(first.Complaints[0].ComplaintId, second.Complaints[0].ComplaintId);
    }

    [Fact]
    public async Task Categories_and_service_levels_are_configured_tenant_wide_by_the_configuring_roles()
    {
        var quality = await platform.AsAsync(Demo.SocialQualityDeveloper);

        var created = (await quality.CreateCategoryAsync(new CreateCategoryRequest { Name = "Måltider " + Guid.NewGuid().ToString("N")[..6] })).Category;
        var all = (await quality.ListCategoriesAsync(new ListCategoriesRequest { PageSize = 500 })).Categories;
        Assert.Contains(all, c => c.CategoryId == created.CategoryId);
        Assert.Equal(9, all.Count(c => c.Name == created.Name || Complaints.Domain.ComplaintCategory.Defaults.Contains(c.Name)));
        await Expect.FailsAsync(Grpc.Core.StatusCode.AlreadyExists, quality.CreateCategoryAsync(new CreateCategoryRequest { Name = "Bemötande" }));

        Assert.Equal(2, (await quality.GetServiceLevelsAsync(new GetServiceLevelsRequest())).ServiceLevels.AcknowledgeWorkingDays);
        var set = await quality.SetServiceLevelsAsync(new SetServiceLevelsRequest { ServiceLevels = new ServiceLevels { AcknowledgeWorkingDays = 3, AnswerWorkingDays = 15, ContactRetentionMonths = 36 } });
        Assert.Equal((3, 15, 36), (set.ServiceLevels.AcknowledgeWorkingDays, set.ServiceLevels.AnswerWorkingDays, set.ServiceLevels.ContactRetentionMonths));
        Assert.Equal(15, (await quality.GetServiceLevelsAsync(new GetServiceLevelsRequest())).ServiceLevels.AnswerWorkingDays);

        var manager = await platform.AsAsync(Demo.AldreUnitManager);
        await Expect.FailsAsync(Grpc.Core.StatusCode.PermissionDenied, manager.CreateCategoryAsync(new CreateCategoryRequest { Name = "Annat" }));
        await Expect.FailsAsync(Grpc.Core.StatusCode.PermissionDenied, manager.SetServiceLevelsAsync(new SetServiceLevelsRequest { ServiceLevels = new ServiceLevels { AcknowledgeWorkingDays = 1, AnswerWorkingDays = 5, ContactRetentionMonths = 24 } }));
    }
}
