using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Events;
using Ledningssystem.Documents.Search;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Documents.Api;

/// <summary>Documents and their versions' lifecycle, search and the tenant's document rules.</summary>
public sealed class DocumentsApi(
    DocumentsDb db, DocumentAccess access, IOrganizationDirectory organization, IEventPublisher events, AdopterNotices adopters, TimeProvider clock)
    : DocumentService.DocumentServiceBase
{
    public override async Task<CreateDocumentResponse> CreateDocument(CreateDocumentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireWriterAsync(request.Details.OwnerUnitId, ct);
        if (await db.Documents.AnyAsync(d => d.Id == request.DocumentId, ct))
        {
            throw RpcErrors.AlreadyExists($"Dokumentet {request.DocumentId} finns redan.");
        }
        var author = access.StampNow();
        var document = Domain.Document.Create(request.DocumentId, IsoDates.Parse(request.Details.NextReviewDate), author.At);
        document.Apply(request.Details);
        var version = Domain.DocumentVersion.Draft(document.Id, 1, "Första versionen.", request.ContentMarkdown, author);
        document.Track(version);
        db.Add(document);
        db.Add(version);
        await db.SaveChangesAsync(ct);
        return new CreateDocumentResponse { Document = document.ToProto(), Version = version.ToProto() };
    }

    public override async Task<GetDocumentResponse> GetDocument(GetDocumentRequest request, ServerCallContext context)
    {
        var document = await access.ReadableAsync(request.DocumentId, context.CancellationToken);
        return new GetDocumentResponse { Document = await WithLinksAsync(document, context.CancellationToken) };
    }

    public override async Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireReaderAsync(ct);
        var documents = db.Documents.AsNoTracking();
        if (request.Kind != DocumentKind.Unspecified)
        {
            var kind = (Domain.DocumentKind)request.Kind;
            documents = documents.Where(d => d.Kind == kind);
        }
        if (request.OwnerUnitId.Length > 0)
        {
            documents = documents.Where(d => d.OwnerUnitId == request.OwnerUnitId);
        }
        if (request.Status != VersionStatus.Unspecified)
        {
            var status = (Domain.VersionStatus)request.Status;
            documents = documents.Where(d => d.LatestStatus == status);
        }
        var page = await documents.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListDocumentsResponse { Documents = { page.Items.Select(d => d.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<LinkDocumentsResponse> LinkDocuments(LinkDocumentsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var parent = await access.WritableAsync(request.ParentDocumentId, ct);
        var child = await access.ReadableAsync(request.ChildDocumentId, ct);
        if (!await db.Links.AnyAsync(l => l.ParentId == parent.Id && l.ChildId == child.Id, ct))
        {
            db.Add(Domain.DocumentLink.Between(parent, child, await LineageAsync(parent.Id, ct)));
            await db.SaveChangesAsync(ct);
        }
        return new LinkDocumentsResponse { Parent = await WithLinksAsync(parent, ct) };
    }

    public override async Task<SearchDocumentsResponse> SearchDocuments(SearchDocumentsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireReaderAsync(ct);
        var documents = db.Matching(request.Query).AsNoTracking();
        if (request.Kind != DocumentKind.Unspecified)
        {
            var kind = (Domain.DocumentKind)request.Kind;
            documents = documents.Where(d => d.Kind == kind);
        }
        if (request.UnitId.Length > 0)
        {
            var units = await organization.SubtreeAsync(request.UnitId, ct) ?? [];
            documents = documents.Where(d => units.Contains(d.OwnerUnitId));
        }
        if (request.Status != VersionStatus.Unspecified)
        {
            var status = (Domain.VersionStatus)request.Status;
            documents = documents.Where(d => d.LatestStatus == status);
        }
        if (request.LegalReference.Length > 0)
        {
            var code = "|" + request.LegalReference.Trim();
            documents = documents.Where(d => d.LegalReferenceCodes.Contains(code));
        }
        var page = await documents.PageAsync(request.PageSize, request.PageToken, ct);
        return new SearchDocumentsResponse { Documents = { page.Items.Select(d => d.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<ListOverdueDocumentsResponse> ListOverdueDocuments(ListOverdueDocumentsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireReaderAsync(ct);
        var today = SwedishCalendar.Today(clock);
        var page = await db.Documents.AsNoTracking()
            .Where(d => d.NextReviewDate != null && d.NextReviewDate < today && d.LatestStatus != Domain.VersionStatus.Archived)
            .PageAsync(request.PageSize, request.PageToken, ct);
        return new ListOverdueDocumentsResponse { Documents = { page.Items.Select(d => d.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<CreateVersionResponse> CreateVersion(CreateVersionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.WritableAsync(request.DocumentId, ct);
        var newest = await access.VersionAsync(document, document.LatestVersionNumber, ct);
        var content = request.ContentMarkdown.Length > 0 ? request.ContentMarkdown : newest.ContentMarkdown;
        var version = document.StartNextVersion(newest, request.ChangeSummary.Trim(), content, access.StampNow());
        db.Add(version);
        await db.SaveChangesAsync(ct);
        return new CreateVersionResponse { Version = version.ToProto() };
    }

    public override async Task<UpdateDraftResponse> UpdateDraft(UpdateDraftRequest request, ServerCallContext context)
    {
        var (document, version) = await WritableVersionAsync(request.DocumentId, request.VersionNumber, context.CancellationToken);
        version.Edit(request.ContentMarkdown, request.ChangeSummary.Trim());
        await SaveTrackingAsync(document, version, context.CancellationToken);
        return new UpdateDraftResponse { Version = version.ToProto() };
    }

    public override async Task<SubmitForReviewResponse> SubmitForReview(SubmitForReviewRequest request, ServerCallContext context)
    {
        var (document, version) = await WritableVersionAsync(request.DocumentId, request.VersionNumber, context.CancellationToken);
        version.SubmitForReview();
        await SaveTrackingAsync(document, version, context.CancellationToken);
        return new SubmitForReviewResponse { Version = version.ToProto() };
    }

    public override async Task<ReturnToDraftResponse> ReturnToDraft(ReturnToDraftRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.ReadableAsync(request.DocumentId, ct);
        await access.RequireApproverAsync(document, ct);
        var version = await access.VersionAsync(document, request.VersionNumber, ct);
        version.ReturnToDraft(request.Comment.Trim());
        await SaveTrackingAsync(document, version, ct);
        return new ReturnToDraftResponse { Version = version.ToProto() };
    }

    public override async Task<ApproveVersionResponse> ApproveVersion(ApproveVersionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.ReadableAsync(request.DocumentId, ct);
        await access.RequireApproverAsync(document, ct);
        var version = await access.VersionAsync(document, request.VersionNumber, ct);
        version.Approve(access.StampNow(), await access.RequiresTwoPeopleAsync(ct));
        await SaveTrackingAsync(document, version, ct);
        return new ApproveVersionResponse { Version = version.ToProto() };
    }

    public override async Task<PublishVersionResponse> PublishVersion(PublishVersionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var (document, version) = await WritableVersionAsync(request.DocumentId, request.VersionNumber, ct);
        var previous = document.PublishedVersionNumber > 0 ? await access.VersionAsync(document, document.PublishedVersionNumber, ct) : null;
        var publisher = access.StampNow();
        document.Publish(version, previous, publisher, IsoDates.Parse(request.EffectiveDate) ?? SwedishCalendar.Today(clock));
        if (previous is not null)
        {
            events.Publish(DocumentEvents.Superseded(document, previous, version.Number, publisher.At), document.Id);
        }
        events.Publish(DocumentEvents.Published(document, version), document.Id);
        await adopters.NotifyAsync(document, ct);
        await SaveTrackingAsync(document, version, ct);
        return new PublishVersionResponse { Version = version.ToProto() };
    }

    public override async Task<ArchiveVersionResponse> ArchiveVersion(ArchiveVersionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var (document, version) = await WritableVersionAsync(request.DocumentId, request.VersionNumber, ct);
        document.Archive(version);
        events.Publish(DocumentEvents.Superseded(document, version, 0, clock.GetUtcNow()), document.Id);
        await SaveTrackingAsync(document, version, ct);
        return new ArchiveVersionResponse { Version = version.ToProto() };
    }

    public override async Task<GetVersionResponse> GetVersion(GetVersionRequest request, ServerCallContext context)
    {
        var document = await access.ReadableAsync(request.DocumentId, context.CancellationToken);
        var version = await access.VisibleVersionAsync(document, request.VersionNumber, context.CancellationToken);
        return new GetVersionResponse { Version = version.ToProto() };
    }

    public override async Task<ListVersionsResponse> ListVersions(ListVersionsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.ReadableAsync(request.DocumentId, ct);
        var versions = db.Versions.AsNoTracking().Where(v => v.DocumentId == document.Id);
        if (!await access.CanWriteAsync(document, ct))
        {
            versions = versions.Where(v => v.Status == Domain.VersionStatus.Published || v.Status == Domain.VersionStatus.Superseded
                || v.Status == Domain.VersionStatus.Archived);
        }
        var page = await versions.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListVersionsResponse { Versions = { page.Items.Select(v => v.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<DiffVersionsResponse> DiffVersions(DiffVersionsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.ReadableAsync(request.DocumentId, ct);
        var from = await access.VisibleVersionAsync(document, request.FromVersionNumber, ct);
        var to = await access.VisibleVersionAsync(document, request.ToVersionNumber, ct);
        return new DiffVersionsResponse { Lines = { TextDiff.Lines(from.Text, to.Text) } };
    }

    public override async Task<GetDocumentSettingsResponse> GetDocumentSettings(GetDocumentSettingsRequest request, ServerCallContext context)
    {
        await access.RequireReaderAsync(context.CancellationToken);
        return new GetDocumentSettingsResponse
        {
            Settings = new DocumentSettings { RequireTwoPersonApproval = await access.RequiresTwoPeopleAsync(context.CancellationToken) },
        };
    }

    public override async Task<UpdateDocumentSettingsResponse> UpdateDocumentSettings(UpdateDocumentSettingsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireSettingsManagerAsync(ct);
        var settings = await db.Settings.SingleOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new Domain.DocumentSettings();
            db.Add(settings);
        }
        settings.RequireTwoPersonApproval = request.Settings.RequireTwoPersonApproval;
        await db.SaveChangesAsync(ct);
        return new UpdateDocumentSettingsResponse { Settings = request.Settings };
    }

    private async Task<(Domain.Document, Domain.DocumentVersion)> WritableVersionAsync(string documentId, int number, CancellationToken ct)
    {
        var document = await access.WritableAsync(documentId, ct);
        return (document, await access.VersionAsync(document, number, ct));
    }

    private async Task SaveTrackingAsync(Domain.Document document, Domain.DocumentVersion version, CancellationToken ct)
    {
        if (version.Number == document.LatestVersionNumber)
        {
            document.Track(version);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<Document> WithLinksAsync(Domain.Document document, CancellationToken ct)
    {
        var parents = await db.Links.AsNoTracking().Where(l => l.ChildId == document.Id).Select(l => l.ParentId).ToListAsync(ct);
        var children = await db.Links.AsNoTracking().Where(l => l.ParentId == document.Id).Select(l => l.ChildId).ToListAsync(ct);
        return document.ToProto(parents, children);
    }

    /// <summary><paramref name="documentId"/> and every document above it.</summary>
    private async Task<HashSet<string>> LineageAsync(string documentId, CancellationToken ct)
    {
        var frontier = new HashSet<string>(StringComparer.Ordinal) { documentId };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (frontier.Count > 0)
        {
            seen.UnionWith(frontier);
            var ids = frontier.ToList();
            frontier = [.. (await db.Links.AsNoTracking().Where(l => ids.Contains(l.ChildId)).Select(l => l.ParentId).ToListAsync(ct))
                .Where(id => !seen.Contains(id))];
        }
        return seen;
    }
}
