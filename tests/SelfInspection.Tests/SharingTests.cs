using Grpc.Core;
using Ledningssystem.Contracts.SelfInspection.V1;
using Ledningssystem.SelfInspection.Tests.Support;

namespace Ledningssystem.SelfInspection.Tests;

/// <summary>A nämnd shares a checklist so that its providers run comparable controls; a provider adopts it as its own.</summary>
[Collection(SelfInspectionGroup.Name)]
[Trait("Category", "Database")]
public sealed class SharingTests(SelfInspectionFixture platform)
{
    private const string Omsorg = "omsorg-ab";

    [Fact]
    public async Task A_template_shared_by_one_tenant_is_adopted_by_another_and_used_there()
    {
        var namnd = await platform.ChecklistsAsAsync(Demo.SocialQualityDeveloper);
        var draft = (await namnd.CreateChecklistTemplateAsync(new CreateChecklistTemplateRequest { Name = "Aktgranskning LSS", Questions = { Checklists.Hygiene() } })).Template;
        var provider = await platform.ChecklistsAsAsync(Demo.OmsorgAdmin);
        Assert.Equal("ILLEGAL_TRANSITION", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            namnd.ShareChecklistTemplateAsync(new ShareChecklistTemplateRequest { TemplateId = draft.TemplateId, TenantIds = { Omsorg } })));
        await namnd.PublishChecklistTemplateAsync(new PublishChecklistTemplateRequest { TemplateId = draft.TemplateId });
        await Expect.FailsAsync(StatusCode.NotFound, provider.AdoptChecklistTemplateAsync(new AdoptChecklistTemplateRequest { TemplateId = draft.TemplateId }));

        var shared = (await namnd.ShareChecklistTemplateAsync(new ShareChecklistTemplateRequest { TemplateId = draft.TemplateId, TenantIds = { Omsorg } })).Template;
        Assert.Equal([Omsorg], shared.SharedWithTenantIds);
        Assert.Contains((await provider.ListSharedChecklistTemplatesAsync(new ListSharedChecklistTemplatesRequest { PageSize = 500 })).Templates, t => t.TemplateId == draft.TemplateId);
        Assert.DoesNotContain((await (await platform.ChecklistsAsAsync(Demo.AldreApprover)).ListSharedChecklistTemplatesAsync(new ListSharedChecklistTemplatesRequest { PageSize = 500 })).Templates,
            t => t.TemplateId == draft.TemplateId);
        await Expect.FailsAsync(StatusCode.NotFound, (await platform.ChecklistsAsAsync(Demo.AldreApprover)).AdoptChecklistTemplateAsync(new AdoptChecklistTemplateRequest { TemplateId = draft.TemplateId }));

        var adopted = (await provider.AdoptChecklistTemplateAsync(new AdoptChecklistTemplateRequest { TemplateId = draft.TemplateId })).Template;

        Assert.Equal((Omsorg, TemplateState.Published, Demo.SocialAdministrationTenant, draft.TemplateId), (adopted.TenantId, adopted.State, adopted.UpstreamTenantId, adopted.UpstreamTemplateId));
        Assert.Equal(draft.Questions.Select(q => q.Text), adopted.Questions.Select(q => q.Text));
        Assert.Contains((await provider.ListChecklistTemplatesAsync(new ListChecklistTemplatesRequest { PageSize = 500 })).Templates, t => t.TemplateId == adopted.TemplateId);
        await Expect.FailsAsync(StatusCode.NotFound, namnd.GetChecklistTemplateAsync(new GetChecklistTemplateRequest { TemplateId = adopted.TemplateId }));
        await Expect.FailsAsync(StatusCode.NotFound, provider.PublishChecklistTemplateAsync(new PublishChecklistTemplateRequest { TemplateId = draft.TemplateId }));
    }

    [Fact]
    public async Task The_activity_a_shared_template_proposes_is_planned_by_the_tenant_that_adopted_it()
    {
        var namnd = await platform.ChecklistsAsAsync(Demo.SocialQualityDeveloper);
        var proposal = new ActivityTemplate { Method = InspectionMethod.HygieneRound, ResponsibleRole = "Enhetschef", Frequency = Frequency.ChosenMonths, Months = { 9, 3 } };
        var draft = (await namnd.CreateChecklistTemplateAsync(new CreateChecklistTemplateRequest { Name = "Hygienrond", Questions = { Checklists.Hygiene() }, Activity = proposal })).Template;
        await namnd.PublishChecklistTemplateAsync(new PublishChecklistTemplateRequest { TemplateId = draft.TemplateId });
        await namnd.ShareChecklistTemplateAsync(new ShareChecklistTemplateRequest { TemplateId = draft.TemplateId, TenantIds = { Demo.Aldre } });
        var adopted = (await (await platform.ChecklistsAsAsync(Demo.AldreApprover)).AdoptChecklistTemplateAsync(new AdoptChecklistTemplateRequest { TemplateId = draft.TemplateId })).Template;
        Assert.Equal((Frequency.ChosenMonths, "Enhetschef"), (adopted.Activity.Frequency, adopted.Activity.ResponsibleRole));

        var year = Plans.NewYear();
        var planner = await platform.PlansAsAsync(Demo.AldreUnitManager);
        var plan = await new Plans(platform).DraftAsync(year, []);
        await Expect.FailsAsync(StatusCode.NotFound, planner.AddActivityFromTemplateAsync(new AddActivityFromTemplateRequest { PlanId = plan.PlanId, TemplateId = draft.TemplateId }));
        plan = (await planner.AddActivityFromTemplateAsync(new AddActivityFromTemplateRequest
        {
            PlanId = plan.PlanId, TemplateId = adopted.TemplateId, ResponsibleUserId = DemoUsers.ErikErikssonSub, DocumentId = "rutin-hygien",
        })).Plan;

        var activity = Assert.Single(plan.Activities);
        Assert.Equal(("Hygienrond", InspectionMethod.HygieneRound, "Enhetschef", Frequency.ChosenMonths), (activity.Name, activity.Method, activity.ResponsibleRole, activity.Frequency));
        Assert.Equal([3, 9], activity.Months);
        Assert.Equal((adopted.TemplateId, DemoUsers.ErikErikssonSub, "rutin-hygien"), (activity.ChecklistTemplateId, activity.ResponsibleUserId, activity.DocumentId));
        await (await platform.PlansAsAsync(Demo.AldreApprover)).ApprovePlanAsync(new ApprovePlanRequest { PlanId = plan.PlanId });
        Assert.Equal([3, 9], (await new Plans(platform).WheelAsync(year)).Select(o => o.Month).Order());
    }

    [Fact]
    public async Task A_checklist_that_proposes_no_activity_or_is_not_published_is_not_planned_from()
    {
        var quality = await platform.ChecklistsAsAsync(Demo.AldreApprover);
        var alone = (await quality.CreateChecklistTemplateAsync(new CreateChecklistTemplateRequest { Name = "Signeringslistor", Questions = { Checklists.Hygiene() } })).Template;
        var proposing = (await quality.CreateChecklistTemplateAsync(new CreateChecklistTemplateRequest
        {
            Name = "Läkemedelsgenomgång", Questions = { Checklists.Hygiene() },
            Activity = new ActivityTemplate { Method = InspectionMethod.MedicationReview, ResponsibleRole = "MAS", Frequency = Frequency.Yearly, HealthCare = true },
        })).Template;
        var plan = await new Plans(platform).DraftAsync(Plans.NewYear(), []);
        var planner = await platform.PlansAsAsync(Demo.AldreUnitManager);

        Assert.Equal("ILLEGAL_TRANSITION", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            planner.AddActivityFromTemplateAsync(new AddActivityFromTemplateRequest { PlanId = plan.PlanId, TemplateId = proposing.TemplateId })));
        await quality.PublishChecklistTemplateAsync(new PublishChecklistTemplateRequest { TemplateId = alone.TemplateId });
        Assert.Equal("NO_ACTIVITY_TEMPLATE", await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            planner.AddActivityFromTemplateAsync(new AddActivityFromTemplateRequest { PlanId = plan.PlanId, TemplateId = alone.TemplateId })));
        await Expect.FailsAsync(StatusCode.InvalidArgument, quality.CreateChecklistTemplateAsync(new CreateChecklistTemplateRequest
        {
            Name = "Utan månader", Questions = { Checklists.Hygiene() },
            Activity = new ActivityTemplate { Method = InspectionMethod.HygieneRound, ResponsibleRole = "Enhetschef", Frequency = Frequency.ChosenMonths },
        }));
    }
}
