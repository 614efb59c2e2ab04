using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Domain;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Documents.Api;

/// <summary>The checks every handler makes: the document exists in the caller's tenant and the caller holds the permission.</summary>
public sealed class DocumentAccess(DocumentsDb db, IAccessControl access, ICallerAccessor callers, TimeProvider clock)
{
    public Caller Caller => callers.Required;

    public Stamp StampNow() => new(Caller.UserId, Caller.DisplayName, clock.GetUtcNow());

    /// <summary>Everyone with a valid role somewhere in the tenant reads the tenant's published documents.</summary>
    public async Task RequireReaderAsync(CancellationToken cancellationToken)
    {
        if ((await access.UnitsAllowedAsync(DocumentPermissions.Read, cancellationToken)).Count == 0)
        {
            throw RpcErrors.PermissionDenied("Du har ingen roll i organisationen och kan inte läsa dess dokument.");
        }
    }

    public Task<bool> CanWriteAsync(Document document, CancellationToken cancellationToken) =>
        access.IsAllowedAsync(DocumentPermissions.Write, document.OwnerUnitId, cancellationToken);

    public Task RequireWriterAsync(string unitId, CancellationToken cancellationToken) =>
        access.RequireAsync(DocumentPermissions.Write, unitId, cancellationToken);

    public Task RequireApproverAsync(Document document, CancellationToken cancellationToken) =>
        access.RequireAsync(DocumentPermissions.Approve(document.ApprovingRole), document.OwnerUnitId, cancellationToken);

    public Task RequireSettingsManagerAsync(CancellationToken cancellationToken) =>
        access.RequireTenantWideAsync(DocumentPermissions.ManageSettings, cancellationToken);

    /// <summary>A document of the caller's tenant that the caller may read, tracked for changes.</summary>
    public async Task<Document> ReadableAsync(string documentId, CancellationToken cancellationToken)
    {
        await RequireReaderAsync(cancellationToken);
        return await db.Documents.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken)
            ?? throw RpcErrors.NotFound($"Dokumentet {documentId} finns inte.");
    }

    /// <summary>A document the caller may change (write permission on its owner unit).</summary>
    public async Task<Document> WritableAsync(string documentId, CancellationToken cancellationToken)
    {
        var document = await ReadableAsync(documentId, cancellationToken);
        await RequireWriterAsync(document.OwnerUnitId, cancellationToken);
        return document;
    }

    /// <summary>A version the caller may see: released versions for every reader, drafts and reviews for writers only.</summary>
    public async Task<DocumentVersion> VisibleVersionAsync(Document document, int number, CancellationToken cancellationToken)
    {
        var version = await VersionAsync(document, number, cancellationToken);
        if (!version.IsReleased && !await CanWriteAsync(document, cancellationToken))
        {
            throw RpcErrors.NotFound($"Version {number} av dokumentet {document.Id} finns inte.");
        }
        return version;
    }

    public async Task<DocumentVersion> VersionAsync(Document document, int number, CancellationToken cancellationToken) =>
        await db.Versions.SingleOrDefaultAsync(v => v.DocumentId == document.Id && v.Number == number, cancellationToken)
            ?? throw RpcErrors.NotFound($"Version {number} av dokumentet {document.Id} finns inte.");

    public async Task<bool> RequiresTwoPeopleAsync(CancellationToken cancellationToken) =>
        await db.Settings.Select(s => (bool?)s.RequireTwoPersonApproval).SingleOrDefaultAsync(cancellationToken) ?? true;
}
