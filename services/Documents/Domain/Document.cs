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

    public string TenantId { get; set; } = "";

    public string Id { get; private set; } = "";

    public string Title { get; set; } = "";

    public DocumentKind Kind { get; set; }

    public string OwnerUnitId { get; set; } = "";

    public Role ResponsibleRole { get; set; }

    public Role ApprovingRole { get; set; }

    public string FollowUpMethod { get; set; } = "";

    public int ReviewIntervalMonths { get; set; }

    public DateOnly? NextReviewDate { get; set; }

    public List<LegalReference> LegalReferences { get; set; } = [];

    /// <summary>"|code|code|" of <see cref="LegalReferences"/>, for the search filter on both databases.</summary>
    public string LegalReferenceCodes { get; private set; } = "";

    public List<string> ScopeUnitIds { get; set; } = [];

    public List<string> ScopeVerksamhetsformer { get; set; } = [];

    public List<string> SamverkanPartners { get; set; } = [];

    public List<AcknowledgementTarget> AcknowledgementTargets { get; set; } = [];

    public int LatestVersionNumber { get; set; }

    public VersionStatus LatestStatus { get; set; }

    public int PublishedVersionNumber { get; set; }

    /// <summary>The title and the newest version's text: what full-text search indexes.</summary>
    public string SearchText { get; set; } = "";

    public string? UpstreamTenantId { get; private set; }

    public string? UpstreamDocumentId { get; private set; }

    public int UpstreamVersionNumber { get; set; }

    /// <summary>An adopted copy's own sections, kept below the upstream text in every local version.</summary>
    public string LocalSections { get; private set; } = "";

    /// <summary>The review date the notice ahead of it was raised for.</summary>
    public DateOnly? ReviewAheadNoticeFor { get; set; }

    /// <summary>The review date the notice at it was raised for.</summary>
    public DateOnly? ReviewDueNoticeFor { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Counts saved changes (DocumentsDb raises it); a concurrency token, so of two changes made from the same state
    /// (two publishes, two review scans on different replicas) only the first commits.
    /// </summary>
    public int Revision { get; set; }

    public static Document Create(string id, DateTimeOffset now) => new() { Id = id, CreatedAt = now };

    public static Document Adopt(string id, Document upstream, string localSections, DateTimeOffset now)
    {
        var copy = new Document
        {
            Id = id,
            CreatedAt = now,
            Title = upstream.Title,
            Kind = upstream.Kind,
            ResponsibleRole = upstream.ResponsibleRole,
            ApprovingRole = upstream.ApprovingRole,
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

    public void SetLegalReferences(IEnumerable<LegalReference> references)
    {
        LegalReferences = [.. references];
        LegalReferenceCodes = LegalReferences.Count == 0 ? "" : "|" + string.Join('|', LegalReferences.Select(r => r.Code.Trim())) + "|";
    }

    /// <summary>The text of an adopted copy's local version: the upstream's text, then the local sections.</summary>
    public string ComposeAdoptedText(string upstreamText) =>
        LocalSections.Length == 0 ? upstreamText : $"{upstreamText.TrimEnd()}\n\n## Lokala tillägg\n\n{LocalSections.Trim()}\n";

    /// <summary>Follows the newest version after any change of it.</summary>
    public void Track(DocumentVersion newest)
    {
        LatestVersionNumber = newest.Number;
        LatestStatus = newest.Status;
        SearchText = newest.Text;
    }

    public void ScheduleNextReview(DateOnly effectiveDate)
    {
        if (ReviewIntervalMonths > 0)
        {
            NextReviewDate = effectiveDate.AddMonths(ReviewIntervalMonths);
        }
    }
}
