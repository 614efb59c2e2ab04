using Grpc.Core;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.EndToEnd.Tests.Support;
using static Ledningssystem.EndToEnd.Tests.Support.PlatformFixture;

namespace Ledningssystem.EndToEnd.Tests;

/// <summary>
/// A nämnd's rutin from draft to publication with läskvittens, shared to a contracted provider that adopts it,
/// acknowledged by the provider's staff, and invisible to a third tenant.
/// </summary>
[Collection(PlatformGroup.Name)]
public sealed class SharedRoutineTests(PlatformFixture platform)
{
    private const string Publisher = "aldrenamnden";
    private const string Adopter = "omsorg-ab";
    private const string Text = "## Läkemedelshantering i hemtjänst\n\nVarje överlämnad dos signeras i signeringslistan.\n";

    [Fact]
    public async Task A_rutin_is_approved_by_a_second_person_published_shared_adopted_acknowledged_and_hidden_from_a_third_tenant()
    {
        await platform.WaitUntilGatewaySeesAsync("documents-grpc", "documents-web");
        using var channel = platform.GrpcChannel();
        var documents = new DocumentService.DocumentServiceClient(channel);
        var acknowledgements = new ReadAcknowledgementService.ReadAcknowledgementServiceClient(channel);
        var sharing = new DocumentSharingService.DocumentSharingServiceClient(channel);
        var author = Bearer(await platform.TokenAsync(Demo.AldreHealthCareManager));
        var approver = Bearer(await platform.TokenAsync(Demo.AldreMas));
        var publisherStaff = Bearer(await platform.TokenAsync(Demo.AldreEmployee));
        var adopterAdmin = Bearer(await platform.TokenAsync(Demo.OmsorgAdmin));
        var adopterStaff = Bearer(await platform.TokenAsync(Demo.OmsorgEmployee));
        var id = NewId("rutin");
        var copyId = NewId("antagen");

        var created = await Eventually.PermittedAsync(
            () => documents.CreateDocumentAsync(new CreateDocumentRequest { DocumentId = id, Details = Details(), ContentMarkdown = Text }, author),
            "The author's role reached the Documents service.");
        Assert.Equal((Publisher, 1, VersionStatus.Draft), (created.Document.TenantId, created.Version.VersionNumber, created.Version.Status));
        await acknowledgements.SetAcknowledgementTargetsAsync(new SetAcknowledgementTargetsRequest
        {
            DocumentId = id,
            Targets = { new AcknowledgementTarget { Role = DocumentRole.Employee, UnitId = Demo.AldreHemtjanst } },
        }, author);
        await documents.SubmitForReviewAsync(new SubmitForReviewRequest { DocumentId = id, VersionNumber = 1 }, author);
        await Expect.FailsAsync(StatusCode.PermissionDenied, documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = 1 }, author));
        var approved = (await documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = 1 }, approver)).Version;
        var published = (await documents.PublishVersionAsync(new PublishVersionRequest { DocumentId = id, VersionNumber = 1 }, author)).Version;

        Assert.Equal("Maria Mattsson", approved.Approved.DisplayName);
        Assert.Equal("Vera Viklund", approved.Author.DisplayName);
        Assert.Equal(VersionStatus.Published, published.Status);
        await Expect.FailsAsync(StatusCode.FailedPrecondition, documents.UpdateDraftAsync(new UpdateDraftRequest { DocumentId = id, VersionNumber = 1, ContentMarkdown = "Ändrad efteråt." }, author));
        await acknowledgements.AcknowledgeVersionAsync(new AcknowledgeVersionRequest { DocumentId = id, VersionNumber = 1 }, publisherStaff);
        var publisherStatus = await acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = id, VersionNumber = 1, PageSize = 500 }, author);
        Assert.True(publisherStatus.People.Single(p => p.UserId == Demo.AldreEmployeeSub).Acknowledged);

        var shared = await sharing.ShareDocumentAsync(new ShareDocumentRequest { DocumentId = id, TenantIds = { Adopter } }, author);
        Assert.Equal([Adopter], shared.TenantIds);
        await Expect.FailsAsync(StatusCode.NotFound, documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = id }, adopterAdmin));
        var offered = Assert.Single(
            (await sharing.ListSharedDocumentsAsync(new ListSharedDocumentsRequest { PageSize = 500 }, adopterAdmin)).Documents,
            d => d.DocumentId == id);
        Assert.Equal((Publisher, 1, Text), (offered.TenantId, offered.PublishedVersionNumber, offered.ContentMarkdown));

        var adopted = await sharing.AdoptDocumentAsync(new AdoptDocumentRequest
        {
            UpstreamTenantId = Publisher,
            UpstreamDocumentId = id,
            DocumentId = copyId,
            OwnerUnitId = Demo.OmsorgHemtjanstCity,
            LocalSectionsMarkdown = "Hemtjänst City signerar i verksamhetssystemets app.",
            ApprovingRole = DocumentRole.TenantAdmin,
        }, adopterAdmin);
        Assert.Equal((Adopter, Publisher, id, 1), (adopted.Document.TenantId, adopted.Document.UpstreamTenantId, adopted.Document.UpstreamDocumentId, adopted.Document.UpstreamVersionNumber));
        Assert.Contains("Varje överlämnad dos signeras", adopted.Version.ContentMarkdown, StringComparison.Ordinal);
        Assert.Contains("Hemtjänst City signerar i verksamhetssystemets app.", adopted.Version.ContentMarkdown, StringComparison.Ordinal);

        await acknowledgements.SetAcknowledgementTargetsAsync(new SetAcknowledgementTargetsRequest
        {
            DocumentId = copyId,
            Targets = { new AcknowledgementTarget { Role = DocumentRole.Employee, UnitId = Demo.OmsorgHemtjanstCity } },
        }, adopterAdmin);
        await documents.SubmitForReviewAsync(new SubmitForReviewRequest { DocumentId = copyId, VersionNumber = 1 }, adopterAdmin);
        var ownApproval = await Expect.FailsAsync(StatusCode.FailedPrecondition, documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = copyId, VersionNumber = 1 }, adopterAdmin));
        Assert.Equal("FOUR_EYES_REQUIRED", Expect.ErrorInfo(ownApproval)?.Reason);
        // Omsorg AB has a single tenant admin and decides that she may approve her own versions.
        await documents.UpdateDocumentSettingsAsync(new UpdateDocumentSettingsRequest { Settings = new DocumentSettings { RequireTwoPersonApproval = false } }, adopterAdmin);
        await documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = copyId, VersionNumber = 1 }, adopterAdmin);
        await documents.PublishVersionAsync(new PublishVersionRequest { DocumentId = copyId, VersionNumber = 1 }, adopterAdmin);

        var pending = await acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = copyId, VersionNumber = 1, PageSize = 500 }, adopterAdmin);
        Assert.False(pending.People.Single(p => p.UserId == Demo.OmsorgEmployeeSub).Acknowledged);
        var readByStaff = (await documents.GetVersionAsync(new GetVersionRequest { DocumentId = copyId, VersionNumber = 1 }, adopterStaff)).Version;
        Assert.Contains("Hemtjänst City signerar", readByStaff.ContentMarkdown, StringComparison.Ordinal);
        await acknowledgements.AcknowledgeVersionAsync(new AcknowledgeVersionRequest { DocumentId = copyId, VersionNumber = 1 }, adopterStaff);
        var status = await acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = copyId, VersionNumber = 1, PageSize = 500 }, adopterAdmin);
        var staffMember = status.People.Single(p => p.UserId == Demo.OmsorgEmployeeSub);
        Assert.True(staffMember.Acknowledged);
        Assert.NotNull(staffMember.AcknowledgedAt);
        Assert.Equal(status.People.Count(p => p.Acknowledged), status.AcknowledgedCount);
        await Expect.FailsAsync(StatusCode.PermissionDenied, acknowledgements.ListAcknowledgementStatusAsync(new ListAcknowledgementStatusRequest { DocumentId = copyId, VersionNumber = 1 }, adopterStaff));

        foreach (var (outsider, ownUnit) in new[] { (Demo.LindenManager, Demo.Linden), (Demo.SocialQualityDeveloper, Demo.SocialForvaltning) })
        {
            await AssertSeesNothingAsync(channel, Bearer(await platform.TokenAsync(outsider)), ownUnit, (Publisher, id), (Adopter, copyId));
        }
    }

    /// <summary>A user of a third tenant: neither document by id, in lists, in search, among shared ones, to adopt or to acknowledge.</summary>
    private static async Task AssertSeesNothingAsync(Grpc.Net.Client.GrpcChannel channel, Metadata caller, string ownUnit, params (string Tenant, string Id)[] hidden)
    {
        var documents = new DocumentService.DocumentServiceClient(channel);
        var sharing = new DocumentSharingService.DocumentSharingServiceClient(channel);
        var acknowledgements = new ReadAcknowledgementService.ReadAcknowledgementServiceClient(channel);
        var ids = hidden.Select(h => h.Id).ToList();

        var listed = await Eventually.PermittedAsync(() => documents.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 500 }, caller), "The outsider's role reached the Documents service.");
        var found = await documents.SearchDocumentsAsync(new SearchDocumentsRequest { Query = "läkemedelshantering", PageSize = 500 }, caller);
        var offered = await sharing.ListSharedDocumentsAsync(new ListSharedDocumentsRequest { PageSize = 500 }, caller);

        Assert.DoesNotContain(listed.Documents, d => ids.Contains(d.DocumentId));
        Assert.DoesNotContain(found.Documents, d => ids.Contains(d.DocumentId));
        Assert.DoesNotContain(offered.Documents, d => ids.Contains(d.DocumentId));
        foreach (var (tenant, id) in hidden)
        {
            await Expect.FailsAsync(StatusCode.NotFound, documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = id }, caller));
            await Expect.FailsAsync(StatusCode.NotFound, documents.GetVersionAsync(new GetVersionRequest { DocumentId = id, VersionNumber = 1 }, caller));
            await Expect.FailsAsync(StatusCode.NotFound, acknowledgements.AcknowledgeVersionAsync(new AcknowledgeVersionRequest { DocumentId = id, VersionNumber = 1 }, caller));
            await Expect.FailsAsync(StatusCode.NotFound, sharing.AdoptDocumentAsync(new AdoptDocumentRequest
            {
                UpstreamTenantId = tenant,
                UpstreamDocumentId = id,
                DocumentId = NewId("stulen"),
                OwnerUnitId = ownUnit,
            }, caller));
        }
    }

    private static DocumentDetails Details() => new()
    {
        Title = "Rutin för läkemedelshantering i hemtjänst",
        Kind = DocumentKind.Rutin,
        OwnerUnitId = Demo.AldreForvaltning,
        ResponsibleRole = DocumentRole.HealthCareManager,
        ApprovingRole = DocumentRole.Mas,
        FollowUpMethod = "Egenkontroll av signeringslistor varje kvartal",
        ReviewIntervalMonths = 12,
        LegalReferences = { new LegalReference { Code = "HSLF-FS 2017:37", Title = "Ordination och hantering av läkemedel" } },
    };

    private static string NewId(string prefix) => $"{prefix}.{Guid.NewGuid().ToString("N")[..10]}";
}
