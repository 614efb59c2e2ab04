using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Documents.Domain;

/// <summary>Who did something, and when.</summary>
public sealed record Stamp(string UserId, string Name, DateTimeOffset At);

/// <summary>A file that is a version's content, as the service checked it.</summary>
public sealed record StoredFile(string FileName, string ContentType, long SizeBytes, string Sha256, string BlobKey);

/// <summary>
/// One version of a document: draft → for review → approved → published → superseded or archived. Only a draft
/// changes; from approval on a version is immutable and a change is a new version.
/// </summary>
public sealed class DocumentVersion : ITenantOwned
{
    public long Sequence { get; private set; }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string DocumentId { get; private set; } = "";

    public int Number { get; private set; }

    public VersionStatus Status { get; private set; }

    public string ChangeSummary { get; private set; } = "";

    public string ContentMarkdown { get; private set; } = "";

    public StoredFile? File { get; private set; }

    /// <summary>Text taken from an uploaded file where the format allows (Word), for search and diffs.</summary>
    public string FileText { get; private set; } = "";

    public Stamp Author { get; private set; } = null!;

    public Stamp? Approved { get; private set; }

    public Stamp? Published { get; private set; }

    public DateOnly? EffectiveDate { get; private set; }

    public string ReviewComment { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The text search and diffs work on.</summary>
    public string Text => File is null ? ContentMarkdown : FileText;

    public static DocumentVersion Draft(string documentId, int number, string changeSummary, string markdown, Stamp author) => new()
    {
        DocumentId = documentId,
        Number = number,
        Status = VersionStatus.Draft,
        ChangeSummary = changeSummary,
        ContentMarkdown = markdown,
        Author = author,
        CreatedAt = author.At,
    };

    public void Edit(string markdown, string? changeSummary)
    {
        RequireStatus(VersionStatus.Draft, "ändras");
        ContentMarkdown = markdown;
        File = null;
        FileText = "";
        if (!string.IsNullOrWhiteSpace(changeSummary))
        {
            ChangeSummary = changeSummary;
        }
    }

    /// <summary>Makes an uploaded file the draft's content; answers the file it replaces, if any.</summary>
    public StoredFile? AttachFile(StoredFile file, string text)
    {
        RequireStatus(VersionStatus.Draft, "få en ny fil");
        var replaced = File;
        File = file;
        FileText = text;
        ContentMarkdown = "";
        return replaced;
    }

    public void RequireDraft() => RequireStatus(VersionStatus.Draft, "få en ny fil");

    public void SubmitForReview()
    {
        RequireStatus(VersionStatus.Draft, "skickas till granskning");
        if (File is null && string.IsNullOrWhiteSpace(ContentMarkdown))
        {
            throw new DocumentRuleException("VERSION_EMPTY", "Versionen saknar innehåll; skriv text eller ladda upp en fil först.", Status);
        }
        Status = VersionStatus.ForReview;
    }

    public void ReturnToDraft(string comment)
    {
        RequireStatus(VersionStatus.ForReview, "skickas tillbaka till utkast");
        Status = VersionStatus.Draft;
        ReviewComment = comment;
    }

    public void Approve(Stamp approver, bool requireTwoPeople)
    {
        RequireStatus(VersionStatus.ForReview, "godkännas");
        if (requireTwoPeople && approver.UserId == Author.UserId)
        {
            throw new DocumentRuleException(
                "FOUR_EYES_REQUIRED", "Organisationen kräver att någon annan än författaren godkänner versionen.", Status);
        }
        Status = VersionStatus.Approved;
        Approved = approver;
    }

    public void Publish(Stamp publisher, DateOnly effectiveDate)
    {
        RequireStatus(VersionStatus.Approved, "publiceras");
        Status = VersionStatus.Published;
        Published = publisher;
        EffectiveDate = effectiveDate;
    }

    public void Supersede()
    {
        RequireStatus(VersionStatus.Published, "ersättas");
        Status = VersionStatus.Superseded;
    }

    public void Archive()
    {
        RequireStatus(VersionStatus.Published, "arkiveras");
        Status = VersionStatus.Archived;
    }

    /// <summary>Whether people who may only read published documents see this version.</summary>
    public bool IsReleased => Status is VersionStatus.Published or VersionStatus.Superseded or VersionStatus.Archived;

    private void RequireStatus(VersionStatus required, string action)
    {
        if (Status != required)
        {
            throw new DocumentRuleException(
                "VERSION_STATE",
                $"Version {Number} är {Status.Swedish()} och kan inte {action}; det kräver att den är {required.Swedish()}.",
                Status);
        }
    }
}
