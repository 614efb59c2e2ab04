using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Documents.Domain;

/// <summary>A document placed under another (policy → process → rutin → blankett); many-to-many.</summary>
public sealed class DocumentLink : ITenantOwned
{
    public long Sequence { get; private set; }

    public string TenantId { get; set; } = "";

    public string ParentId { get; init; } = "";

    public string ChildId { get; init; } = "";
}

/// <summary>
/// Someone confirmed having read a published version; never changed or removed (DocumentsDb refuses it). Who has read
/// what is personal data of staff: writing it is audited, and so are the reads of the status lists.
/// </summary>
public sealed class Acknowledgement : ITenantOwned, IPersonalData
{
    public string AuditId => $"{DocumentId}/{VersionNumber}/{UserId}";

    public long Sequence { get; private set; }

    public string TenantId { get; set; } = "";

    public string DocumentId { get; init; } = "";

    public int VersionNumber { get; init; }

    public string UserId { get; init; } = "";

    public DateTimeOffset AcknowledgedAt { get; init; }
}

/// <summary>A document shared by its tenant to another tenant, or to all (<see cref="AllTenants"/>).</summary>
public sealed class DocumentShare : ITenantOwned
{
    public const string AllTenants = "*";

    public long Sequence { get; private set; }

    public string TenantId { get; set; } = "";

    public string DocumentId { get; init; } = "";

    public string TargetTenantId { get; init; } = "";
}

/// <summary>One tenant's document rules.</summary>
public sealed class DocumentSettings : ITenantOwned
{
    public string TenantId { get; set; } = "";

    /// <summary>Four-eyes: the author of a version may not approve it. On unless the tenant turns it off.</summary>
    public bool RequireTwoPersonApproval { get; set; } = true;
}
