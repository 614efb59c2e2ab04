using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Documents.Domain;

/// <summary>A document placed under another (policy → process → rutin → blankett); many-to-many.</summary>
public sealed class DocumentLink : ITenantOwned
{
    public long Sequence { get; private set; }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string ParentId { get; private set; } = "";

    public string ChildId { get; private set; } = "";

    /// <summary>
    /// Places <paramref name="child"/> under <paramref name="parent"/>; <paramref name="parentLineage"/> holds the parent
    /// and every document above it, which the child may not be, or the links would form a cycle.
    /// </summary>
    public static DocumentLink Between(Document parent, Document child, IReadOnlySet<string> parentLineage) => parentLineage.Contains(child.Id)
        ? throw new DocumentRuleException("LINK_CYCLE", $"Dokumentet {child.Id} ligger redan över {parent.Id}; kopplingen skulle bli en cirkel.")
        : new DocumentLink { ParentId = parent.Id, ChildId = child.Id };
}

/// <summary>
/// Someone confirmed having read a published version; never changed or removed (DocumentsDb refuses it). Who has read
/// what is personal data of staff: writing it is audited, and so are the reads of the status lists.
/// </summary>
public sealed class Acknowledgement : ITenantOwned, IPersonalData
{
    public string AuditId => $"{DocumentId}/{VersionNumber}/{UserId}";

    public long Sequence { get; private set; }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string DocumentId { get; private set; } = "";

    public int VersionNumber { get; private set; }

    public string UserId { get; private set; } = "";

    public DateTimeOffset AcknowledgedAt { get; private set; }

    /// <summary>Records that <paramref name="userId"/> has read <paramref name="version"/>; only the published version is acknowledged.</summary>
    public static Acknowledgement Record(DocumentVersion version, string userId, DateTimeOffset at) => version.Status == VersionStatus.Published
        ? new Acknowledgement { DocumentId = version.DocumentId, VersionNumber = version.Number, UserId = userId, AcknowledgedAt = at }
        : throw new DocumentRuleException(
            "VERSION_STATE",
            $"Version {version.Number} är {version.Status.Swedish()}; bara den publicerade versionen kan kvitteras.",
            version.Status);
}

/// <summary>A document shared by its tenant to another tenant, or to all (<see cref="AllTenants"/>).</summary>
public sealed class DocumentShare : ITenantOwned
{
    public const string AllTenants = "*";

    public long Sequence { get; private set; }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string DocumentId { get; init; } = "";

    public string TargetTenantId { get; init; } = "";
}

/// <summary>One tenant's document rules.</summary>
public sealed class DocumentSettings : ITenantOwned
{
    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    /// <summary>Four-eyes: the author of a version may not approve it. On unless the tenant turns it off.</summary>
    public bool RequireTwoPersonApproval { get; set; } = true;
}
