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
}
