using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Documents.V1;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Documents.Api;

/// <summary>Domain objects as API messages and back.</summary>
internal static class Messages
{
    public static Document ToProto(this Domain.Document document, IEnumerable<string> parents, IEnumerable<string> children) => new()
    {
        DocumentId = document.Id,
        TenantId = document.TenantId,
        Details = document.Details(),
        ParentDocumentIds = { parents },
        ChildDocumentIds = { children },
        PublishedVersionNumber = document.PublishedVersionNumber,
        LatestVersionNumber = document.LatestVersionNumber,
        LatestStatus = (VersionStatus)document.LatestStatus,
        UpstreamTenantId = document.UpstreamTenantId ?? "",
        UpstreamDocumentId = document.UpstreamDocumentId ?? "",
        UpstreamVersionNumber = document.UpstreamVersionNumber,
        CreatedAt = Timestamp.FromDateTimeOffset(document.CreatedAt),
    };

    public static Document ToProto(this Domain.Document document) => document.ToProto([], []);

    private static DocumentDetails Details(this Domain.Document document) => new()
    {
        Title = document.Title,
        Kind = (DocumentKind)document.Kind,
        OwnerUnitId = document.OwnerUnitId,
        ResponsibleRole = (DocumentRole)document.ResponsibleRole,
        ApprovingRole = (DocumentRole)document.ApprovingRole,
        FollowUpMethod = document.FollowUpMethod,
        ReviewIntervalMonths = document.ReviewIntervalMonths,
        NextReviewDate = document.NextReviewDate.ToIso(),
        LegalReferences = { document.LegalReferences.Select(r => new Common.LegalReference { Code = r.Code, Title = r.Title, Url = r.Url }) },
        ScopeUnitIds = { document.ScopeUnitIds },
        ScopeVerksamhetsformer = { document.ScopeVerksamhetsformer },
        SamverkanPartners = { document.SamverkanPartners },
    };

    /// <summary>Applies validated details to a new document.</summary>
    public static void Apply(this Domain.Document document, DocumentDetails details)
    {
        document.Title = details.Title.Trim();
        document.Kind = (Domain.DocumentKind)details.Kind;
        document.OwnerUnitId = details.OwnerUnitId;
        document.ResponsibleRole = (Role)details.ResponsibleRole;
        document.ApprovingRole = (Role)details.ApprovingRole;
        document.FollowUpMethod = details.FollowUpMethod.Trim();
        document.ReviewIntervalMonths = details.ReviewIntervalMonths;
        document.SetLegalReferences(details.LegalReferences.Select(r => new Domain.LegalReference(r.Code.Trim(), r.Title.Trim(), r.Url.Trim())));
        document.ScopeUnitIds = [.. details.ScopeUnitIds.Distinct()];
        document.ScopeVerksamhetsformer = [.. details.ScopeVerksamhetsformer.Distinct()];
        document.SamverkanPartners = [.. details.SamverkanPartners.Select(p => p.Trim())];
    }

    public static DocumentVersion ToProto(this Domain.DocumentVersion version) => new()
    {
        DocumentId = version.DocumentId,
        VersionNumber = version.Number,
        Status = (VersionStatus)version.Status,
        ChangeSummary = version.ChangeSummary,
        ContentMarkdown = version.ContentMarkdown,
        File = version.File?.ToProto(),
        Author = version.Author.ToProto(),
        Approved = version.Approved?.ToProto(),
        Published = version.Published?.ToProto(),
        EffectiveDate = version.EffectiveDate.ToIso(),
        ReviewComment = version.ReviewComment,
        CreatedAt = Timestamp.FromDateTimeOffset(version.CreatedAt),
    };

    public static StoredFile ToProto(this Domain.StoredFile file) => new()
    {
        FileName = file.FileName,
        ContentType = file.ContentType,
        SizeBytes = file.SizeBytes,
        Sha256 = file.Sha256,
    };

    private static Common.ActorStamp ToProto(this Domain.Stamp stamp) => new()
    {
        UserId = stamp.UserId,
        DisplayName = stamp.Name,
        At = Timestamp.FromDateTimeOffset(stamp.At),
    };
}
