using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Documents.Tests.Support;
using static Ledningssystem.Documents.Tests.Support.Demo;

namespace Ledningssystem.Documents.Tests;

[Collection(DocumentsGroup.Name)]
[Trait("Category", "Database")]
public sealed class LifecycleTests(DocumentsFixture fixture)
{
    [Fact]
    public async Task A_version_goes_from_draft_through_approval_to_published_and_is_superseded_by_the_next()
    {
        var author = await fixture.AsAsync(AreaManager);
        var approver = await fixture.AsAsync(HealthCareManager);
        var id = Ids.New("rutin");
        var created = await Flows.CreateAsync(author, id, Flows.Details("Rutin för avvikelser", AldreHemtjanst), "# Avvikelser\n\nRapportera till enhetschefen.\n");
        Assert.Equal(VersionStatus.Draft, created.Version.Status);

        var v1 = await Flows.PublishAsync(author, approver, id, 1, "2026-01-01");
        Assert.Equal(VersionStatus.Published, v1.Status);
        Assert.Equal("2026-01-01", v1.EffectiveDate);
        Assert.Equal(HealthCareManagerSub, v1.Approved.UserId);

        await author.Documents.CreateVersionAsync(new CreateVersionRequest
        {
            DocumentId = id, ChangeSummary = "Lex Sarah tillagt", ContentMarkdown = "# Avvikelser\n\nRapportera till enhetschefen.\nAllvarliga missförhållanden enligt lex Sarah.\n",
        });
        var v2 = await Flows.PublishAsync(author, approver, id, 2);
        Assert.Equal(VersionStatus.Published, v2.Status);

        var first = await author.Documents.GetVersionAsync(new GetVersionRequest { DocumentId = id, VersionNumber = 1 });
        Assert.Equal(VersionStatus.Superseded, first.Version.Status);
        var document = (await author.Documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = id })).Document;
        Assert.Equal(2, document.PublishedVersionNumber);
        var effective = DateOnly.Parse(v2.EffectiveDate, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(effective.AddMonths(12), DateOnly.Parse(document.Details.NextReviewDate, System.Globalization.CultureInfo.InvariantCulture));

        var published = await fixture.Service.EventsAsync<DocumentPublished>(id);
        Assert.Equal([1, 2], published.Select(e => e.Event.VersionNumber));
        Assert.All(published, e => Assert.Equal(Aldre, e.TenantId));
        var superseded = Assert.Single(await fixture.Service.EventsAsync<DocumentSuperseded>(id));
        Assert.Equal((1, 2), (superseded.Event.VersionNumber, superseded.Event.SupersededByVersionNumber));
    }

    [Fact]
    public async Task Illegal_transitions_are_refused_naming_the_current_state()
    {
        var author = await fixture.AsAsync(AreaManager);
        var approver = await fixture.AsAsync(HealthCareManager);
        var id = Ids.New("rutin");
        await Flows.CreateAsync(author, id, Flows.Details("Rutin för läkemedel", AldreHemtjanst), "Text");

        var publishDraft = await Expect.FailsAsync(StatusCode.FailedPrecondition,
            author.Documents.PublishVersionAsync(new PublishVersionRequest { DocumentId = id, VersionNumber = 1 }));
        Assert.Contains("utkast", publishDraft.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("VERSION_STATE", Expect.ErrorInfo(publishDraft)!.Reason);
        Assert.Equal("DRAFT", Expect.ErrorInfo(publishDraft)!.Metadata["current_state"]);

        await Expect.FailsAsync(StatusCode.FailedPrecondition,
            approver.Documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = 1 }));

        await author.Documents.SubmitForReviewAsync(new SubmitForReviewRequest { DocumentId = id, VersionNumber = 1 });
        await approver.Documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = 1 });

        var editApproved = await Expect.FailsAsync(StatusCode.FailedPrecondition,
            author.Documents.UpdateDraftAsync(new UpdateDraftRequest { DocumentId = id, VersionNumber = 1, ContentMarkdown = "Ändrad" }));
        Assert.Equal("APPROVED", Expect.ErrorInfo(editApproved)!.Metadata["current_state"]);
        var newVersionWhileApproved = await Expect.FailsAsync(StatusCode.FailedPrecondition,
            author.Documents.CreateVersionAsync(new CreateVersionRequest { DocumentId = id, ChangeSummary = "Ny" }));
        Assert.Equal("VERSION_IN_PROGRESS", Expect.ErrorInfo(newVersionWhileApproved)!.Reason);

        var approvedText = (await author.Documents.GetVersionAsync(new GetVersionRequest { DocumentId = id, VersionNumber = 1 })).Version.ContentMarkdown;
        Assert.Equal("Text", approvedText);

        await author.Documents.PublishVersionAsync(new PublishVersionRequest { DocumentId = id, VersionNumber = 1 });
        await author.Documents.ArchiveVersionAsync(new ArchiveVersionRequest { DocumentId = id, VersionNumber = 1 });
        var republish = await Expect.FailsAsync(StatusCode.FailedPrecondition,
            author.Documents.PublishVersionAsync(new PublishVersionRequest { DocumentId = id, VersionNumber = 1 }));
        Assert.Equal("ARCHIVED", Expect.ErrorInfo(republish)!.Metadata["current_state"]);
        var archived = (await fixture.Service.EventsAsync<DocumentSuperseded>(id)).Single().Event;
        Assert.Equal(0, archived.SupersededByVersionNumber);
    }

    [Fact]
    public async Task Publishing_one_version_several_times_at_once_publishes_it_once()
    {
        var author = await fixture.AsAsync(AreaManager);
        var approver = await fixture.AsAsync(HealthCareManager);
        var id = Ids.New("rutin");
        await Flows.CreateAsync(author, id, Flows.Details("Rutin för samtidighet", AldreHemtjanst), "Text");
        await author.Documents.SubmitForReviewAsync(new SubmitForReviewRequest { DocumentId = id, VersionNumber = 1 });
        await approver.Documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = 1 });

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await author.Documents.PublishVersionAsync(new PublishVersionRequest { DocumentId = id, VersionNumber = 1 });
                return StatusCode.OK;
            }
            catch (RpcException refused)
            {
                return refused.StatusCode;
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == StatusCode.OK));
        Assert.All(outcomes.Where(o => o != StatusCode.OK), o => Assert.Contains(o, new[] { StatusCode.Aborted, StatusCode.FailedPrecondition }));
        Assert.Single(await fixture.Service.EventsAsync<DocumentPublished>(id));
    }

    [Fact]
    public async Task Only_a_holder_of_the_approving_role_approves_and_never_the_author_alone_when_the_tenant_requires_two()
    {
        var areaManager = await fixture.AsAsync(AreaManager);
        var healthCareManager = await fixture.AsAsync(HealthCareManager);
        var id = Ids.New("riktlinje");
        await Flows.CreateAsync(healthCareManager, id, Flows.Details("Riktlinje för delegering", AldreRoot), "Delegering av hälso- och sjukvårdsuppgifter.");
        await healthCareManager.Documents.SubmitForReviewAsync(new SubmitForReviewRequest { DocumentId = id, VersionNumber = 1 });

        await Expect.FailsAsync(StatusCode.PermissionDenied,
            areaManager.Documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = 1 }));
        var own = await Expect.FailsAsync(StatusCode.FailedPrecondition,
            healthCareManager.Documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = 1 }));
        Assert.Equal("FOUR_EYES_REQUIRED", Expect.ErrorInfo(own)!.Reason);
        Assert.Equal("FOR_REVIEW", Expect.ErrorInfo(own)!.Metadata["current_state"]);
    }

    [Fact]
    public async Task A_tenant_that_does_not_require_two_people_lets_the_author_approve()
    {
        var admin = await fixture.AsAsync(OmsorgAdmin);
        var employee = await fixture.AsAsync(OmsorgEmployee);
        await Expect.FailsAsync(StatusCode.PermissionDenied, employee.Documents.UpdateDocumentSettingsAsync(
            new UpdateDocumentSettingsRequest { Settings = new DocumentSettings { RequireTwoPersonApproval = false } }));
        var id = Ids.New("policy");
        await Flows.CreateAsync(admin, id, Flows.Details("Kvalitetspolicy", OmsorgRoot, DocumentRole.TenantAdmin, DocumentKind.Policy), "Vi arbetar systematiskt.");
        await admin.Documents.SubmitForReviewAsync(new SubmitForReviewRequest { DocumentId = id, VersionNumber = 1 });

        await admin.Documents.UpdateDocumentSettingsAsync(new UpdateDocumentSettingsRequest { Settings = new DocumentSettings { RequireTwoPersonApproval = true } });
        var refused = await Expect.FailsAsync(StatusCode.FailedPrecondition, admin.Documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = 1 }));
        Assert.Equal("FOUR_EYES_REQUIRED", Expect.ErrorInfo(refused)!.Reason);

        await admin.Documents.UpdateDocumentSettingsAsync(new UpdateDocumentSettingsRequest { Settings = new DocumentSettings { RequireTwoPersonApproval = false } });
        Assert.False((await employee.Documents.GetDocumentSettingsAsync(new GetDocumentSettingsRequest())).Settings.RequireTwoPersonApproval);
        var approved = await admin.Documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = 1 });
        Assert.Equal(VersionStatus.Approved, approved.Version.Status);

        // Äldrenämnden, which no test changes, keeps the default: two people.
        var aldre = await fixture.AsAsync(Employee);
        Assert.True((await aldre.Documents.GetDocumentSettingsAsync(new GetDocumentSettingsRequest())).Settings.RequireTwoPersonApproval);
    }

    [Fact]
    public async Task The_diff_between_two_versions_shows_added_and_removed_lines()
    {
        var author = await fixture.AsAsync(AreaManager);
        var approver = await fixture.AsAsync(HealthCareManager);
        var id = Ids.New("checklista");
        await Flows.CreateAsync(author, id, Flows.Details("Checklista vid introduktion", AldreHemtjanst), "Nyckelkvittens\nBrandskydd\nSekretess\n");
        await Flows.PublishAsync(author, approver, id, 1);
        await author.Documents.CreateVersionAsync(new CreateVersionRequest { DocumentId = id, ChangeSummary = "Hygien", ContentMarkdown = "Nyckelkvittens\nSekretess\nBasala hygienrutiner\n" });

        var diff = await author.Documents.DiffVersionsAsync(new DiffVersionsRequest { DocumentId = id, FromVersionNumber = 1, ToVersionNumber = 2 });

        Assert.Contains(diff.Lines, l => l is { Kind: DiffLineKind.Removed, Text: "Brandskydd" });
        Assert.Contains(diff.Lines, l => l is { Kind: DiffLineKind.Added, Text: "Basala hygienrutiner" });
        Assert.Contains(diff.Lines, l => l is { Kind: DiffLineKind.Unchanged, Text: "Sekretess" });
    }

    [Fact]
    public async Task Staff_read_published_versions_but_not_drafts_and_do_not_write()
    {
        var author = await fixture.AsAsync(AreaManager);
        var approver = await fixture.AsAsync(HealthCareManager);
        var employee = await fixture.AsAsync(Employee);
        var id = Ids.New("instruktion");
        await Flows.CreateAsync(author, id, Flows.Details("Instruktion för nyckelhantering", AldreHemtjanst), "Version ett");
        await Flows.PublishAsync(author, approver, id, 1);
        await author.Documents.CreateVersionAsync(new CreateVersionRequest { DocumentId = id, ChangeSummary = "Utkast", ContentMarkdown = "Version två" });

        Assert.Equal("Version ett", (await employee.Documents.GetVersionAsync(new GetVersionRequest { DocumentId = id, VersionNumber = 1 })).Version.ContentMarkdown);
        await Expect.FailsAsync(StatusCode.NotFound, employee.Documents.GetVersionAsync(new GetVersionRequest { DocumentId = id, VersionNumber = 2 }));
        var visible = await employee.Documents.ListVersionsAsync(new ListVersionsRequest { DocumentId = id });
        Assert.Equal([1], visible.Versions.Select(v => v.VersionNumber));
        await Expect.FailsAsync(StatusCode.PermissionDenied,
            employee.Documents.UpdateDraftAsync(new UpdateDraftRequest { DocumentId = id, VersionNumber = 2, ContentMarkdown = "Mitt" }));
        await Expect.FailsAsync(StatusCode.PermissionDenied,
            employee.Documents.CreateDocumentAsync(new CreateDocumentRequest { DocumentId = Ids.New("x"), Details = Flows.Details("Egen", "aldrenamnden.hemtjanst-norr") }));
    }

    [Fact]
    public async Task Invalid_requests_name_their_fields_and_lists_page()
    {
        var author = await fixture.AsAsync(AreaManager);
        var refused = await Expect.FailsAsync(StatusCode.InvalidArgument, author.Documents.CreateDocumentAsync(new CreateDocumentRequest
        {
            DocumentId = "har mellanslag",
            Details = new DocumentDetails { Title = new string('a', 301), OwnerUnitId = AldreHemtjanst, NextReviewDate = "31/12/2026" },
        }));
        Assert.Contains("document_id", Expect.FieldViolations(refused));
        Assert.Contains("details.title", Expect.FieldViolations(refused));
        Assert.Contains("details.kind", Expect.FieldViolations(refused));
        Assert.Contains("details.next_review_date", Expect.FieldViolations(refused));
        await Expect.FailsAsync(StatusCode.InvalidArgument, author.Documents.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 501 }));

        // No other test writes instruktioner for särskilt boende.
        var writer = await fixture.AsAsync(HealthCareManager);
        const string Unit = "aldrenamnden.sarskilt-boende";
        for (var i = 0; i < 3; i++)
        {
            await Flows.CreateAsync(writer, Ids.New("instruktion"), Flows.Details($"Instruktion {i}", Unit, kind: DocumentKind.Instruktion), "");
        }
        var first = await author.Documents.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 2, OwnerUnitId = Unit, Kind = DocumentKind.Instruktion });
        var second = await author.Documents.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 2, OwnerUnitId = Unit, Kind = DocumentKind.Instruktion, PageToken = first.NextPageToken });
        Assert.Equal(2, first.Documents.Count);
        Assert.Single(second.Documents);
        Assert.Empty(second.NextPageToken);
    }

    [Fact]
    public async Task Documents_link_parent_to_child_without_cycles()
    {
        var author = await fixture.AsAsync(HealthCareManager);
        var policy = Ids.New("policy");
        var process = Ids.New("process");
        await Flows.CreateAsync(author, policy, Flows.Details("Policy", AldreRoot, kind: DocumentKind.Policy), "");
        await Flows.CreateAsync(author, process, Flows.Details("Process", AldreRoot, kind: DocumentKind.Process), "");

        var linked = await author.Documents.LinkDocumentsAsync(new LinkDocumentsRequest { ParentDocumentId = policy, ChildDocumentId = process });
        Assert.Equal([process], linked.Parent.ChildDocumentIds);
        Assert.Equal([policy], (await author.Documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = process })).Document.ParentDocumentIds);
        var cycle = await Expect.FailsAsync(StatusCode.FailedPrecondition,
            author.Documents.LinkDocumentsAsync(new LinkDocumentsRequest { ParentDocumentId = process, ChildDocumentId = policy }));
        Assert.Equal("LINK_CYCLE", Expect.ErrorInfo(cycle)!.Reason);
    }
}
