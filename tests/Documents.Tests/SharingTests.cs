using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Documents.Tests.Support;
using static Ledningssystem.Documents.Tests.Support.Demo;

namespace Ledningssystem.Documents.Tests;

[Collection(DocumentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class SharingTests(DocumentsFixture fixture)
{
    private async Task<string> PublishedAldreDocumentAsync(string title, string text)
    {
        var author = await fixture.AsAsync(HealthCareManager);
        var approver = await fixture.AsAsync(Mas);
        var id = Ids.New("delad");
        await Flows.CreateAsync(author, id, Flows.Details(title, AldreRoot, DocumentRole.Mas), text);
        await Flows.PublishAsync(author, approver, id, 1);
        return id;
    }

    [Fact]
    public async Task A_shared_routine_is_adopted_with_local_sections_and_its_adopters_follow_upstream_versions()
    {
        var owner = await fixture.AsAsync(HealthCareManager);
        var approver = await fixture.AsAsync(Mas);
        var adopter = await fixture.AsAsync(OmsorgAdmin);
        var id = await PublishedAldreDocumentAsync("Rutin för läkemedelshantering", "Läkemedel signeras.\n");
        await owner.Sharing.ShareDocumentAsync(new ShareDocumentRequest { DocumentId = id, TenantIds = { Omsorg } });
        Assert.Equal([Omsorg], (await fixture.Service.EventsAsync<DocumentShared>(id)).Single().Event.SharedWithTenantIds);

        var shared = await adopter.Sharing.ListSharedDocumentsAsync(new ListSharedDocumentsRequest { PageSize = 500 });
        var offered = Assert.Single(shared.Documents, d => d.DocumentId == id);
        Assert.Equal((Aldre, 1, "Läkemedel signeras.\n"), (offered.TenantId, offered.PublishedVersionNumber, offered.ContentMarkdown));

        var copyId = Ids.New("antagen");
        var adopted = await adopter.Sharing.AdoptDocumentAsync(new AdoptDocumentRequest
        {
            UpstreamTenantId = Aldre, UpstreamDocumentId = id, DocumentId = copyId, OwnerUnitId = OmsorgRoot,
            LocalSectionsMarkdown = "Hemtjänst City signerar i appen.", ApprovingRole = DocumentRole.TenantAdmin,
        });
        Assert.Equal((Aldre, id, 1), (adopted.Document.UpstreamTenantId, adopted.Document.UpstreamDocumentId, adopted.Document.UpstreamVersionNumber));
        Assert.Contains("Läkemedel signeras.", adopted.Version.ContentMarkdown, StringComparison.Ordinal);
        Assert.Contains("Hemtjänst City signerar i appen.", adopted.Version.ContentMarkdown, StringComparison.Ordinal);
        var adoptedEvent = Assert.Single(await fixture.Service.EventsAsync<DocumentAdopted>(copyId));
        Assert.Equal(Omsorg, adoptedEvent.TenantId);

        await owner.Documents.CreateVersionAsync(new CreateVersionRequest { DocumentId = id, ChangeSummary = "Dubbelsignering", ContentMarkdown = "Läkemedel signeras.\nNarkotika signeras av två.\n" });
        await Flows.PublishAsync(owner, approver, id, 2);

        var told = Assert.Single(await fixture.Service.EventsAsync<UpstreamVersionPublished>(copyId));
        Assert.Equal(Omsorg, told.TenantId);
        Assert.Equal((2, 1), (told.Event.UpstreamVersionNumber, told.Event.AdoptedUpstreamVersionNumber));
        var changes = await adopter.Sharing.GetUpstreamChangesAsync(new GetUpstreamChangesRequest { DocumentId = copyId });
        Assert.Equal((1, 2), (changes.CurrentUpstreamVersionNumber, changes.PublishedUpstreamVersionNumber));
        Assert.Contains(changes.Lines, l => l is { Kind: DiffLineKind.Added, Text: "Narkotika signeras av två." });

        // The copy's first version is published locally (Omsorg AB lets its tenant admin approve alone), so accepting makes a new draft.
        await adopter.Documents.UpdateDocumentSettingsAsync(new UpdateDocumentSettingsRequest { Settings = new DocumentSettings { RequireTwoPersonApproval = false } });
        await Flows.PublishAsync(adopter, adopter, copyId, 1);
        var accepted = await adopter.Sharing.AcceptUpstreamVersionAsync(new AcceptUpstreamVersionRequest { DocumentId = copyId });
        Assert.Equal((2, VersionStatus.Draft), (accepted.Version.VersionNumber, accepted.Version.Status));
        Assert.Contains("Narkotika signeras av två.", accepted.Version.ContentMarkdown, StringComparison.Ordinal);
        Assert.Contains("Hemtjänst City signerar i appen.", accepted.Version.ContentMarkdown, StringComparison.Ordinal);
        Assert.Equal(2, (await adopter.Documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = copyId })).Document.UpstreamVersionNumber);
        var again = await Expect.FailsAsync(StatusCode.FailedPrecondition, adopter.Sharing.AcceptUpstreamVersionAsync(new AcceptUpstreamVersionRequest { DocumentId = copyId }));
        Assert.Equal("UPSTREAM_UNCHANGED", Expect.ErrorInfo(again)!.Reason);
    }

    [Fact]
    public async Task Nothing_unshared_is_visible_across_tenants()
    {
        var owner = await fixture.AsAsync(HealthCareManager);
        var stranger = await fixture.AsAsync(StodboendeManager);
        var receiver = await fixture.AsAsync(OmsorgAdmin);
        var unshared = await PublishedAldreDocumentAsync("Intern rutin", "Endast för äldrenämnden.");
        var sharedToOmsorg = await PublishedAldreDocumentAsync("Delad rutin", "Till Omsorg AB.");
        await owner.Sharing.ShareDocumentAsync(new ShareDocumentRequest { DocumentId = sharedToOmsorg, TenantIds = { Omsorg } });

        await Expect.FailsAsync(StatusCode.NotFound, receiver.Documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = unshared }));
        await Expect.FailsAsync(StatusCode.NotFound, receiver.Documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = sharedToOmsorg }));
        var receiverList = await receiver.Sharing.ListSharedDocumentsAsync(new ListSharedDocumentsRequest { PageSize = 500 });
        Assert.DoesNotContain(receiverList.Documents, d => d.DocumentId == unshared);
        await Expect.FailsAsync(StatusCode.NotFound, receiver.Sharing.AdoptDocumentAsync(new AdoptDocumentRequest
        {
            UpstreamTenantId = Aldre, UpstreamDocumentId = unshared, DocumentId = Ids.New("stulen"), OwnerUnitId = OmsorgRoot,
        }));
        var strangerList = await stranger.Sharing.ListSharedDocumentsAsync(new ListSharedDocumentsRequest { PageSize = 500 });
        Assert.DoesNotContain(strangerList.Documents, d => d.DocumentId == sharedToOmsorg || d.DocumentId == unshared);
        await Expect.FailsAsync(StatusCode.NotFound, stranger.Sharing.AdoptDocumentAsync(new AdoptDocumentRequest
        {
            UpstreamTenantId = Aldre, UpstreamDocumentId = sharedToOmsorg, DocumentId = Ids.New("stulen"), OwnerUnitId = "stodboende-ab.stodboendet-linden",
        }));
        var search = await receiver.Documents.SearchDocumentsAsync(new SearchDocumentsRequest { Query = "äldrenämnden" });
        Assert.DoesNotContain(search.Documents, d => d.DocumentId == unshared);
        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument,
            owner.Sharing.ShareDocumentAsync(new ShareDocumentRequest { DocumentId = unshared, TenantIds = { "finns-inte" } }));
        Assert.Contains("tenant_ids", Expect.FieldViolations(refused));
    }

    [Fact]
    public async Task A_document_shared_to_all_reaches_every_other_tenant()
    {
        var owner = await fixture.AsAsync(HealthCareManager);
        var id = await PublishedAldreDocumentAsync("Regional riktlinje", "Gäller alla huvudmän.");
        var shared = await owner.Sharing.ShareDocumentAsync(new ShareDocumentRequest { DocumentId = id, ToAllTenants = true });
        Assert.True(shared.ToAllTenants);

        foreach (var user in new[] { SocialQualityDeveloper, StodboendeManager, OmsorgEmployee })
        {
            var list = await (await fixture.AsAsync(user)).Sharing.ListSharedDocumentsAsync(new ListSharedDocumentsRequest { PageSize = 500 });
            Assert.Contains(list.Documents, d => d.DocumentId == id);
        }
        var own = await owner.Sharing.ListSharedDocumentsAsync(new ListSharedDocumentsRequest { PageSize = 500 });
        Assert.DoesNotContain(own.Documents, d => d.DocumentId == id);
    }
}
