using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Documents.Domain;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Documents.Events;

/// <summary>The service's events, built from the domain objects they report.</summary>
internal static class DocumentEvents
{
    public static DocumentPublished Published(Document document, DocumentVersion version) => new()
    {
        TenantId = document.TenantId,
        DocumentId = document.Id,
        VersionNumber = version.Number,
        Title = document.Title,
        EffectiveDate = version.EffectiveDate.ToIso(),
        RequiresAcknowledgement = document.AcknowledgementTargets.Count > 0,
        PublishedAt = Timestamp.FromDateTimeOffset(version.Published!.At),
    };

    public static DocumentSuperseded Superseded(Document document, DocumentVersion version, int successor, DateTimeOffset at) => new()
    {
        TenantId = document.TenantId,
        DocumentId = document.Id,
        VersionNumber = version.Number,
        SupersededByVersionNumber = successor,
        SupersededAt = Timestamp.FromDateTimeOffset(at),
    };

    public static DocumentReviewDue ReviewDue(Document document, DateOnly reviewDate, bool due) => new()
    {
        TenantId = document.TenantId,
        DocumentId = document.Id,
        Title = document.Title,
        OwnerUnitId = document.OwnerUnitId,
        ReviewDate = reviewDate.ToIso(),
        Due = due,
    };
}
