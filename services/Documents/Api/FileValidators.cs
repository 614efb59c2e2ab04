using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.Documents.Data;
using Ledningssystem.Documents.Files;
using Ledningssystem.Rpc.Validation;

namespace Ledningssystem.Documents.Api;

/// <summary>The file requests: downloads through the request validators, an upload's metadata from <see cref="FilesApi"/>.</summary>
internal sealed class FileValidators : IRequestValidator<DownloadFileRequest>
{
    public void Validate(DownloadFileRequest request, ValidationErrors errors) =>
        errors.Id("document_id", request.DocumentId).Version("version_number", request.VersionNumber);

    /// <summary>
    /// Checks an upload's first message, which the request validators do not see (the upload is a stream); answers
    /// the content type its file name stands for.
    /// </summary>
    public static string ValidateUpload(UploadMetadata metadata)
    {
        var errors = new ValidationErrors();
        errors.Required("metadata.document_id", metadata.DocumentId).MaxLength("metadata.document_id", metadata.DocumentId, Columns.IdLength);
        errors.Required("metadata.file_name", metadata.FileName).MaxLength("metadata.file_name", metadata.FileName, 255);
        errors.MaxLength("metadata.content_type", metadata.ContentType, 100);
        if (metadata.VersionNumber <= 0)
        {
            errors.Add("metadata.version_number", "Ange versionens nummer.");
        }
        if (metadata.ExpectedSizeBytes < 0)
        {
            errors.Add("metadata.expected_size_bytes", "Storleken kan inte vara negativ.");
        }
        if (metadata.ExpectedSha256.Length is not (0 or 64))
        {
            errors.Add("metadata.expected_sha256", "Kontrollsumman ska vara 64 hexadecimala tecken (SHA-256).");
        }
        var byName = ContentSniffer.ContentTypeOf(metadata.FileName);
        if (byName is null)
        {
            errors.Add("metadata.file_name", "Bara PDF (.pdf) och Word (.docx) tas emot.");
        }
        else if (metadata.ContentType.Length > 0 && !string.Equals(metadata.ContentType, byName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("metadata.content_type", "Den angivna typen stämmer inte med filnamnets ändelse.");
        }
        errors.ThrowIfAny();
        return byName!;
    }
}
