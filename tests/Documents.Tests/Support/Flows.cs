using Google.Protobuf;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Documents.V1;

namespace Ledningssystem.Documents.Tests.Support;

/// <summary>The steps most tests go through on the way to what they check.</summary>
public static class Flows
{
    public static DocumentDetails Details(
        string title, string ownerUnitId, DocumentRole approvingRole = DocumentRole.HealthCareManager,
        DocumentKind kind = DocumentKind.Rutin, string nextReviewDate = "", params string[] legalReferences) => new()
        {
            Title = title,
            Kind = kind,
            OwnerUnitId = ownerUnitId,
            ResponsibleRole = DocumentRole.UnitManager,
            ApprovingRole = approvingRole,
            FollowUpMethod = "Egenkontroll två gånger per år",
            ReviewIntervalMonths = 12,
            NextReviewDate = nextReviewDate,
            LegalReferences = { legalReferences.Select(code => new LegalReference { Code = code, Title = "Ledningssystem för systematiskt kvalitetsarbete" }) },
            ScopeVerksamhetsformer = { "Aldreomsorg" },
        };

    public static async Task<CreateDocumentResponse> CreateAsync(DocumentClients author, string id, DocumentDetails details, string markdown) =>
        await author.Documents.CreateDocumentAsync(new CreateDocumentRequest { DocumentId = id, Details = details, ContentMarkdown = markdown });

    /// <summary>Submits, approves (by <paramref name="approver"/>) and publishes a version.</summary>
    public static async Task<DocumentVersion> PublishAsync(DocumentClients author, DocumentClients approver, string id, int version, string effectiveDate = "")
    {
        await author.Documents.SubmitForReviewAsync(new SubmitForReviewRequest { DocumentId = id, VersionNumber = version });
        await approver.Documents.ApproveVersionAsync(new ApproveVersionRequest { DocumentId = id, VersionNumber = version });
        return (await author.Documents.PublishVersionAsync(new PublishVersionRequest { DocumentId = id, VersionNumber = version, EffectiveDate = effectiveDate })).Version;
    }

    /// <summary>Uploads <paramref name="content"/> in chunks of <paramref name="chunkBytes"/>.</summary>
    public static async Task<UploadFileResponse> UploadAsync(
        DocumentClients clients, string id, int version, string fileName, byte[] content, string contentType = "", int chunkBytes = 64 * 1024,
        string expectedSha256 = "")
    {
        using var call = clients.Files.UploadFile();
        await call.RequestStream.WriteAsync(new UploadFileRequest
        {
            Metadata = new UploadMetadata
            {
                DocumentId = id, VersionNumber = version, FileName = fileName, ContentType = contentType,
                ExpectedSizeBytes = content.Length, ExpectedSha256 = expectedSha256,
            },
        });
        for (var offset = 0; offset < content.Length; offset += chunkBytes)
        {
            await call.RequestStream.WriteAsync(new UploadFileRequest { Chunk = ByteString.CopyFrom(content, offset, Math.Min(chunkBytes, content.Length - offset)) });
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    public static async Task<(StoredFile File, byte[] Content)> DownloadAsync(DocumentClients clients, string id, int version)
    {
        using var call = clients.Files.DownloadFile(new DownloadFileRequest { DocumentId = id, VersionNumber = version });
        StoredFile? file = null;
        using var content = new MemoryStream();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            var part = call.ResponseStream.Current;
            if (part.PartCase == DownloadFileResponse.PartOneofCase.File)
            {
                file = part.File;
            }
            else
            {
                part.Chunk.WriteTo(content);
            }
        }
        return (file ?? throw new InvalidOperationException("No metadata came."), content.ToArray());
    }
}
