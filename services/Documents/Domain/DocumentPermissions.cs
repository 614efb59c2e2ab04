using System.Collections.Frozen;
using Ledningssystem.ServiceDefaults.Access;

namespace Ledningssystem.Documents.Domain;

/// <summary>What the Documents service lets callers do in their own tenant, and which roles grant it.</summary>
public static class DocumentPermissions
{
    /// <summary>Reading published documents: everyone with a role anywhere in the tenant (documents must be known to staff).</summary>
    public static readonly Permission Read = new("documents.read", Enum.GetValues<Role>());

    /// <summary>
    /// Writing, submitting, publishing and sharing a document, seeing drafts and who has acknowledged: the managers,
    /// kvalitetsutvecklare and the medically responsible, on the document's owner unit.
    /// </summary>
    public static readonly Permission Write = new(
        "documents.write",
        Role.UnitManager, Role.AreaManager, Role.HealthCareManager, Role.Mas, Role.Mar, Role.QualityDeveloper,
        Role.AdministrationHead, Role.TenantAdmin);

    /// <summary>The tenant's document rules (four-eyes approval): tenant admin, förvaltningschef or kvalitetsutvecklare, tenant-wide.</summary>
    public static readonly Permission ManageSettings = new("documents.settings", Role.TenantAdmin, Role.AdministrationHead, Role.QualityDeveloper);

    private static readonly FrozenDictionary<Role, Permission> ApproveAs = Enum.GetValues<Role>()
        .ToFrozenDictionary(role => role, role => new Permission($"documents.approve.{role}", role));

    /// <summary>Approving a version: held by the document's approving role, on its owner unit.</summary>
    public static Permission Approve(Role approvingRole) => ApproveAs[approvingRole];
}
