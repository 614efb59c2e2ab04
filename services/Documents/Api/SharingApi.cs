using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Documents.Data;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Documents.Api;

/// <summary>Sharing documents to other tenants, and adopting and following what others share.</summary>
public sealed class SharingApi(
    DocumentsDb db, DocumentAccess access, SharedDocuments shared, IAccessDirectory directory, IEventPublisher events)
    : DocumentSharingService.DocumentSharingServiceBase
{
    public override async Task<ShareDocumentResponse> ShareDocument(ShareDocumentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.WritableAsync(request.DocumentId, ct);
        var targets = request.ToAllTenants ? [Domain.DocumentShare.AllTenants] : request.TenantIds.Distinct().ToList();
        if (!request.ToAllTenants)
        {
            var known = await directory.TenantIdsAsync(ct);
            var unknown = targets.Where(t => !known.Contains(t) || t == document.TenantId).ToList();
            if (unknown.Count > 0)
            {
                throw RpcErrors.InvalidArgument("tenant_ids", $"Okänd eller egen organisation: {string.Join(", ", unknown)}.");
            }
        }
        var existing = await db.Shares.Where(s => s.DocumentId == document.Id).Select(s => s.TargetTenantId).ToListAsync(ct);
        foreach (var target in targets.Except(existing))
        {
            db.Add(new Domain.DocumentShare { DocumentId = document.Id, TargetTenantId = target });
        }
        events.Publish(new DocumentShared
        {
            TenantId = document.TenantId,
            DocumentId = document.Id,
            SharedWithTenantIds = { request.ToAllTenants ? [] : targets },
            ToAllTenants = request.ToAllTenants,
        }, document.Id);
        await db.SaveChangesAsync(ct);
        var all = existing.Union(targets).ToList();
        return new ShareDocumentResponse
        {
            TenantIds = { all.Where(t => t != Domain.DocumentShare.AllTenants) },
            ToAllTenants = all.Contains(Domain.DocumentShare.AllTenants),
        };
    }

    public override async Task<ListSharedDocumentsResponse> ListSharedDocuments(ListSharedDocumentsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireReaderAsync(ct);
        var page = await shared.SharesToMe().PageAsync(request.PageSize, request.PageToken, ct);
        var response = new ListSharedDocumentsResponse { NextPageToken = page.NextPageToken };
        foreach (var document in await shared.DocumentsOfAsync(page.Items, ct))
        {
            response.Documents.Add(new SharedDocument
            {
                TenantId = document.TenantId,
                DocumentId = document.Id,
                Title = document.Title,
                Kind = (DocumentKind)document.Kind,
                PublishedVersionNumber = document.PublishedVersionNumber,
                ContentMarkdown = await shared.VersionTextAsync(document, document.PublishedVersionNumber, ct),
            });
        }
        return response;
    }

    public override async Task<AdoptDocumentResponse> AdoptDocument(AdoptDocumentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireWriterAsync(request.OwnerUnitId, ct);
        var upstream = await shared.FindAsync(request.UpstreamTenantId, request.UpstreamDocumentId, ct)
            ?? throw RpcErrors.NotFound($"Inget publicerat dokument {request.UpstreamDocumentId} delas med din organisation.");
        if (await db.Documents.AnyAsync(d => d.Id == request.DocumentId, ct))
        {
            throw RpcErrors.AlreadyExists($"Dokumentet {request.DocumentId} finns redan.");
        }
        var author = access.StampNow();
        var approvingRole = request.ApprovingRole != DocumentRole.Unspecified ? (Role)request.ApprovingRole : (Role?)null;
        var copy = Domain.Document.Adopt(request.DocumentId, upstream, request.OwnerUnitId, approvingRole, request.LocalSectionsMarkdown.Trim(), author.At);
        var text = await shared.VersionTextAsync(upstream, upstream.PublishedVersionNumber, ct);
        var version = Domain.DocumentVersion.Draft(
            copy.Id, 1, $"Antagen från {upstream.TenantId} version {upstream.PublishedVersionNumber}.", copy.ComposeAdoptedText(text), author);
        copy.Track(version);
        db.Add(copy);
        db.Add(version);
        events.Publish(new DocumentAdopted
        {
            TenantId = access.Caller.TenantId,
            DocumentId = copy.Id,
            UpstreamTenantId = upstream.TenantId,
            UpstreamDocumentId = upstream.Id,
            UpstreamVersionNumber = upstream.PublishedVersionNumber,
        }, copy.Id);
        await db.SaveChangesAsync(ct);
        return new AdoptDocumentResponse { Document = copy.ToProto(), Version = version.ToProto() };
    }

    public override async Task<GetUpstreamChangesResponse> GetUpstreamChanges(GetUpstreamChangesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var (copy, upstream) = await AdoptedAsync(request.DocumentId, ct);
        var from = await shared.VersionTextAsync(upstream, copy.UpstreamVersionNumber, ct);
        var to = await shared.VersionTextAsync(upstream, upstream.PublishedVersionNumber, ct);
        return new GetUpstreamChangesResponse
        {
            CurrentUpstreamVersionNumber = copy.UpstreamVersionNumber,
            PublishedUpstreamVersionNumber = upstream.PublishedVersionNumber,
            Lines = { TextDiff.Lines(from, to) },
        };
    }

    public override async Task<AcceptUpstreamVersionResponse> AcceptUpstreamVersion(AcceptUpstreamVersionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var (copy, upstream) = await AdoptedAsync(request.DocumentId, ct);
        var newest = await access.VersionAsync(copy, copy.LatestVersionNumber, ct);
        var text = await shared.VersionTextAsync(upstream, upstream.PublishedVersionNumber, ct);
        var version = copy.AcceptUpstream(upstream.PublishedVersionNumber, text, newest, access.StampNow());
        if (version != newest)
        {
            db.Add(version);
        }
        await db.SaveChangesAsync(ct);
        return new AcceptUpstreamVersionResponse { Version = version.ToProto() };
    }

    private async Task<(Domain.Document Copy, Domain.Document Upstream)> AdoptedAsync(string documentId, CancellationToken ct)
    {
        var copy = await access.WritableAsync(documentId, ct);
        copy.RequireAdopted();
        var upstream = await shared.FindAsync(copy.UpstreamTenantId!, copy.UpstreamDocumentId!, ct)
            ?? throw RpcErrors.FailedPrecondition("Originalet delas inte längre med din organisation.", "UPSTREAM_NOT_SHARED");
        return (copy, upstream);
    }
}
