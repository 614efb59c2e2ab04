using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Documents.Domain;

/// <summary>A legal source a document rests on; references are data, e.g. "SOSFS 2011:9 5 kap.".</summary>
public sealed record LegalReference(string Code, string Title, string Url);

/// <summary>A target group of read acknowledgement: holders of a role on a unit's subtree.</summary>
public sealed record AcknowledgementTarget(Role Role, string UnitId);

/// <summary>
/// A governing document of one tenant: what it governs (Vad), who is responsible (Vem), how it is followed up
/// (Uppföljning), and the state of its versions. An adopted copy names its upstream document in another tenant.
/// </summary>
public sealed class Document : ITenantOwned
{
    public long Sequence { get; private set; }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string Id { get; private set; } = "";

    public string Title { get; set; } = "";

    public DocumentKind Kind { get; set; }

    public string OwnerUnitId { get; set; } = "";

    public Role ResponsibleRole { get; set; }

    public Role ApprovingRole { get; set; }

    public string FollowUpMethod { get; set; } = "";

    public int ReviewIntervalMonths { get; set; }

    public DateOnly? NextReviewDate { get; private set; }

    public List<LegalReference> LegalReferences { get; private set; } = [];

    /// <summary>"|code|code|" of <see cref="LegalReferences"/>, for the search filter on both databases.</summary>
    public string LegalReferenceCodes { get; private set; } = "";

    public List<string> ScopeUnitIds { get; set; } = [];

    public List<string> ScopeVerksamhetsformer { get; set; } = [];

    public List<string> SamverkanPartners { get; set; } = [];

    public List<AcknowledgementTarget> AcknowledgementTargets { get; private set; } = [];

    public int LatestVersionNumber { get; private set; }

    public VersionStatus LatestStatus { get; private set; }

    public int PublishedVersionNumber { get; private set; }

    /// <summary>The title and the newest version's text: what full-text search indexes.</summary>
    public string SearchText { get; private set; } = "";

    public string? UpstreamTenantId { get; private set; }

    public string? UpstreamDocumentId { get; private set; }

    public int UpstreamVersionNumber { get; private set; }

    /// <summary>An adopted copy's own sections, kept below the upstream text in every local version.</summary>
    public string LocalSections { get; private set; } = "";

    /// <summary>The review date the notice ahead of it was raised for.</summary>
    public DateOnly? ReviewAheadNoticeFor { get; private set; }

    /// <summary>The review date the notice at it was raised for.</summary>
    public DateOnly? ReviewDueNoticeFor { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Counts saved changes (DocumentsDb raises it); a concurrency token, so of two changes made from the same state
    /// (two publishes, two review scans on different replicas) only the first commits.
    /// </summary>
    public int Revision { get; private set; }

    public static Document Create(string id, DateOnly? firstReviewDate, DateTimeOffset now) =>
        new() { Id = id, NextReviewDate = firstReviewDate, CreatedAt = now };

    /// <summary>A copy of <paramref name="upstream"/>'s published version, owned by a unit of the adopting tenant.</summary>
    public static Document Adopt(string id, Document upstream, string ownerUnitId, Role? approvingRole, string localSections, DateTimeOffset now)
    {
        var copy = new Document
        {
            Id = id,
            CreatedAt = now,
            Title = upstream.Title,
            Kind = upstream.Kind,
            OwnerUnitId = ownerUnitId,
            ResponsibleRole = upstream.ResponsibleRole,
            ApprovingRole = approvingRole ?? upstream.ApprovingRole,
            FollowUpMethod = upstream.FollowUpMethod,
            ReviewIntervalMonths = upstream.ReviewIntervalMonths,
            ScopeVerksamhetsformer = [.. upstream.ScopeVerksamhetsformer],
            SamverkanPartners = [.. upstream.SamverkanPartners],
            UpstreamTenantId = upstream.TenantId,
            UpstreamDocumentId = upstream.Id,
            UpstreamVersionNumber = upstream.PublishedVersionNumber,
            LocalSections = localSections,
        };
        copy.SetLegalReferences(upstream.LegalReferences);
        return copy;
    }

    public bool IsAdopted => UpstreamDocumentId is not null;

    /// <summary>Refuses what only concerns a copy adopted from another tenant (its upstream's changes).</summary>
    public void RequireAdopted()
    {
        if (!IsAdopted)
        {
            throw new DocumentRuleException("NOT_ADOPTED", $"Dokumentet {Id} är inte antaget från en annan organisation.");
        }
    }

    public void SetLegalReferences(IEnumerable<LegalReference> references)
    {
        LegalReferences = [.. references];
        LegalReferenceCodes = LegalReferences.Count == 0 ? "" : "|" + string.Join('|', LegalReferences.Select(r => r.Code.Trim())) + "|";
    }

    /// <summary>The text of an adopted copy's local version: the upstream's text, then the local sections.</summary>
    public string ComposeAdoptedText(string upstreamText) =>
        LocalSections.Length == 0 ? upstreamText : $"{upstreamText.TrimEnd()}\n\n## Lokala tillägg\n\n{LocalSections.Trim()}\n";

    public void SetAcknowledgementTargets(IEnumerable<AcknowledgementTarget> targets) => AcknowledgementTargets = [.. targets.Distinct()];

    /// <summary>Follows the newest version after any change of it.</summary>
    public void Track(DocumentVersion newest)
    {
        LatestVersionNumber = newest.Number;
        LatestStatus = newest.Status;
        SearchText = newest.Text;
    }

    /// <summary>
    /// Starts the version after <paramref name="newest"/> as a draft; only once the newest is released, so that a
    /// document has one version in progress at a time.
    /// </summary>
    public DocumentVersion StartNextVersion(DocumentVersion newest, string changeSummary, string markdown, Stamp author)
    {
        if (!newest.IsReleased)
        {
            throw VersionInProgress(newest, "gör klart eller publicera den innan en ny version skapas");
        }
        var version = DocumentVersion.Draft(Id, newest.Number + 1, changeSummary, markdown, author);
        Track(version);
        return version;
    }

    /// <summary>
    /// Takes the upstream's published version <paramref name="upstreamVersionNumber"/> into this adopted copy: into the
    /// newest version if it is a draft, else as a new draft after it. Answers the version that holds the new text.
    /// </summary>
    public DocumentVersion AcceptUpstream(int upstreamVersionNumber, string upstreamText, DocumentVersion newest, Stamp author)
    {
        if (upstreamVersionNumber == UpstreamVersionNumber)
        {
            throw new DocumentRuleException("UPSTREAM_UNCHANGED", $"Kopian bygger redan på version {UpstreamVersionNumber} av originalet.");
        }
        var text = ComposeAdoptedText(upstreamText);
        var summary = $"Originalets version {upstreamVersionNumber} antagen.";
        DocumentVersion version;
        if (newest.Status == VersionStatus.Draft)
        {
            newest.Edit(text, summary);
            version = newest;
        }
        else if (newest.IsReleased)
        {
            version = DocumentVersion.Draft(Id, newest.Number + 1, summary, text, author);
        }
        else
        {
            throw VersionInProgress(newest, "gör klart den innan originalets ändringar tas in");
        }
        UpstreamVersionNumber = upstreamVersionNumber;
        Track(version);
        return version;
    }

    /// <summary>
    /// Publishes an approved version from <paramref name="effectiveDate"/>; it supersedes <paramref name="previous"/>,
    /// the version published until now, and the review cycle starts over from the new version.
    /// </summary>
    public void Publish(DocumentVersion version, DocumentVersion? previous, Stamp publisher, DateOnly effectiveDate)
    {
        version.Publish(publisher, effectiveDate);
        previous?.Supersede();
        PublishedVersionNumber = version.Number;
        ScheduleNextReview(effectiveDate);
        ReviewAheadNoticeFor = null;
        ReviewDueNoticeFor = null;
    }

    /// <summary>Archives the published version: the document then has none, and no review is due.</summary>
    public void Archive(DocumentVersion published)
    {
        published.Archive();
        PublishedVersionNumber = 0;
        NextReviewDate = null;
    }

    /// <summary>The published version's number, for what only concerns a published document (reminders to read it).</summary>
    public int RequirePublishedVersion() => PublishedVersionNumber > 0
        ? PublishedVersionNumber
        : throw new DocumentRuleException("NOT_PUBLISHED", "Dokumentet har ingen publicerad version att påminna om.");

    /// <summary>
    /// Notes the review notice raised on <paramref name="today"/> for <see cref="NextReviewDate"/>: the due notice at or
    /// past the date, else the one ahead of it. Answers whether it is the due notice.
    /// </summary>
    public bool RaiseReviewNotice(DateOnly today)
    {
        var reviewDate = NextReviewDate ?? throw new InvalidOperationException($"Document {Id} has no review date.");
        // At (or past) the date only the due notice matters; a notice ahead would come too late.
        var due = reviewDate <= today;
        if (due)
        {
            ReviewDueNoticeFor = reviewDate;
        }
        ReviewAheadNoticeFor = reviewDate;
        return due;
    }

    /// <summary>Counts a saved change (see <see cref="Revision"/>).</summary>
    public void Revise() => Revision++;

    private void ScheduleNextReview(DateOnly effectiveDate)
    {
        if (ReviewIntervalMonths > 0)
        {
            NextReviewDate = effectiveDate.AddMonths(ReviewIntervalMonths);
        }
    }

    private static DocumentRuleException VersionInProgress(DocumentVersion newest, string until) => new(
        "VERSION_IN_PROGRESS", $"Version {newest.Number} är {newest.Status.Swedish()}; {until}.", newest.Status);
}
