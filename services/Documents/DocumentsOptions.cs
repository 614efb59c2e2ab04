namespace Ledningssystem.Documents;

/// <summary>The service's own settings, from the "Documents" configuration section.</summary>
public sealed class DocumentsOptions
{
    public const string SectionName = "Documents";

    /// <summary>The largest file an upload may carry.</summary>
    public long MaxUploadBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Which blob store keeps uploaded files.</summary>
    public BlobStoreKind BlobStore { get; set; } = BlobStoreKind.Directory;

    /// <summary>The S3-compatible object store, when <see cref="BlobStore"/> is <see cref="BlobStoreKind.S3"/>.</summary>
    public S3BlobStoreOptions S3 { get; set; } = new();

    /// <summary>
    /// Where the local blob store keeps files (and, in its ".staging" folder, uploads in progress); a relative path is
    /// under Platform:DataDirectory, or the content root without one.
    /// </summary>
    public string BlobDirectory { get; set; } = "documents-blobs";

    /// <summary>How often the review job looks for documents whose review date is near or has come.</summary>
    public TimeSpan ReviewScanInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many days ahead of the review date the first notice goes out.</summary>
    public int ReviewNoticeDaysAhead { get; set; } = 30;
}

public enum BlobStoreKind
{
    Directory,
    S3,
}

/// <summary>The "Documents:S3" section: where the S3 blob store puts objects and how it signs in.</summary>
public sealed class S3BlobStoreOptions
{
    /// <summary>The endpoint of an S3-compatible server (MinIO, Ceph, a cloud's S3 API); empty for AWS by <see cref="Region"/>.</summary>
    public string? ServiceUrl { get; set; }

    public string Bucket { get; set; } = "";

    /// <summary>The signing region (and, without <see cref="ServiceUrl"/>, the AWS region).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>Bucket in the path (http://host/bucket/key) rather than the host name; most self-hosted servers need it.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>With <see cref="SecretKey"/>, from a Secret; without both, the SDK's own chain (AWS_ACCESS_KEY_ID, web identity, ...).</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>
    /// Send and check checksums only where S3 requires them, for servers that do not understand the SDK's default
    /// trailing CRC checksums; the service checks each file's SHA-256 itself before it is stored.
    /// </summary>
    public bool ChecksumsOnlyWhenRequired { get; set; }

    /// <summary>
    /// Sign uploads chunk by chunk (aws-chunked, the SDK's default); off for servers that store such bodies verbatim,
    /// in which case the SDK hashes the (seekable, staged) file once before sending it.
    /// </summary>
    public bool ChunkedUploads { get; set; } = true;
}
