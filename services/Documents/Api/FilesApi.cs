using System.Security.Cryptography;
using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Files;
using Ledningssystem.Rpc.Errors;
using Microsoft.Extensions.Options;

namespace Ledningssystem.Documents.Api;

/// <summary>
/// Uploads in chunks to a staging file (hashed on the way), checked for size, checksum and real content type
/// before anything reaches the blob store or the version; downloads in chunks.
/// </summary>
public sealed partial class FilesApi(
    DocumentsDb db, DocumentAccess access, IBlobStore blobs, IOptions<DocumentsOptions> options, ILogger<FilesApi> logger)
    : DocumentFileService.DocumentFileServiceBase
{
    public const int MaxChunkBytes = 1024 * 1024;
    private const int DownloadChunkBytes = 64 * 1024;

    public override async Task<UploadFileResponse> UploadFile(IAsyncStreamReader<UploadFileRequest> requestStream, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        if (!await requestStream.MoveNext(ct) || requestStream.Current.PartCase != UploadFileRequest.PartOneofCase.Metadata)
        {
            throw RpcErrors.InvalidArgument("metadata", "Det första meddelandet måste innehålla filens uppgifter.");
        }
        var metadata = requestStream.Current.Metadata;
        var contentType = FileValidators.ValidateUpload(metadata);
        var document = await access.WritableAsync(metadata.DocumentId, ct);
        var version = await access.VersionAsync(document, metadata.VersionNumber, ct);
        version.RequireDraft();

        var maxBytes = options.Value.MaxUploadBytes;
        var staging = Path.Combine(options.Value.BlobDirectory, ".staging");
        Directory.CreateDirectory(staging);
        var stagingPath = Path.Combine(staging, Guid.NewGuid().ToString("N"));
        try
        {
            await using var file = new FileStream(stagingPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            while (await requestStream.MoveNext(ct))
            {
                var message = requestStream.Current;
                if (message.PartCase != UploadFileRequest.PartOneofCase.Chunk || message.Chunk.Length > MaxChunkBytes)
                {
                    throw RpcErrors.InvalidArgument("chunk", $"Efter filens uppgifter får bara delar om högst {MaxChunkBytes / 1024} KiB komma.");
                }
                if (file.Length + message.Chunk.Length > maxBytes)
                {
                    throw RpcErrors.InvalidArgument("chunk", $"Filen är större än de {maxBytes / (1024 * 1024)} MB som tillåts.");
                }
                hash.AppendData(message.Chunk.Span);
                await file.WriteAsync(message.Chunk.Memory, ct);
            }
            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            CheckExpectations(metadata, file.Length, sha256);
            if (!ContentSniffer.Matches(file, contentType))
            {
                throw RpcErrors.InvalidArgument(
                    "metadata.content_type",
                    $"Filens innehåll är inte {(contentType == ContentSniffer.Pdf ? "en PDF" : "ett Word-dokument (.docx)")} som namnet och typen anger.");
            }
            var text = contentType == ContentSniffer.Docx ? ContentSniffer.WordText(file, Columns.ContentLength) : "";
            var key = $"{document.TenantId}/{document.Id}/{version.Number}/{sha256}";
            file.Position = 0;
            await blobs.PutAsync(key, file, ct);
            var stored = new Domain.StoredFile(Path.GetFileName(metadata.FileName), contentType, file.Length, sha256, key);
            var replaced = version.AttachFile(stored, text);
            document.Track(version);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch
            {
                await blobs.DeleteAsync(key, CancellationToken.None);
                throw;
            }
            if (replaced is not null && replaced.BlobKey != key)
            {
                await blobs.DeleteAsync(replaced.BlobKey, CancellationToken.None);
            }
            return new UploadFileResponse { Version = version.ToProto() };
        }
        finally
        {
            TryDelete(stagingPath);
        }
    }

    public override async Task DownloadFile(DownloadFileRequest request, IServerStreamWriter<DownloadFileResponse> responseStream, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var document = await access.ReadableAsync(request.DocumentId, ct);
        var version = await access.VisibleVersionAsync(document, request.VersionNumber, ct);
        var file = version.File ?? throw RpcErrors.NotFound($"Version {version.Number} har ingen uppladdad fil.");
        await using var content = await blobs.OpenReadAsync(file.BlobKey, ct);
        await responseStream.WriteAsync(new DownloadFileResponse { File = file.ToProto() }, ct);
        var buffer = new byte[DownloadChunkBytes];
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            await responseStream.WriteAsync(new DownloadFileResponse { Chunk = ByteString.CopyFrom(buffer, 0, read) }, ct);
        }
    }

    private static void CheckExpectations(UploadMetadata metadata, long size, string sha256)
    {
        if (metadata.ExpectedSizeBytes > 0 && metadata.ExpectedSizeBytes != size)
        {
            throw RpcErrors.InvalidArgument("metadata.expected_size_bytes", $"Filen blev {size} byte, inte {metadata.ExpectedSizeBytes} som angavs.");
        }
        if (metadata.ExpectedSha256.Length > 0 && !string.Equals(metadata.ExpectedSha256, sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw RpcErrors.InvalidArgument("metadata.expected_sha256", "Filens kontrollsumma stämmer inte; filen kom inte fram oskadd.");
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            StagingNotDeleted(logger, exception, path);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete the staging file {Path}")]
    private static partial void StagingNotDeleted(ILogger logger, Exception exception, string path);
}
