namespace Ledningssystem.Documents;

/// <summary>The service's own settings, from the "Documents" configuration section.</summary>
public sealed class DocumentsOptions
{
    public const string SectionName = "Documents";

    /// <summary>The largest file an upload may carry.</summary>
    public long MaxUploadBytes { get; set; } = 50 * 1024 * 1024;

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
