using Ledningssystem.Organizations.Domain;
using Ledningssystem.Organizations.Events;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Identity;

namespace Ledningssystem.Organizations.Api;

/// <summary>
/// The two administrators: the region admin (a platform realm role in the token) works on tenants; a tenant admin
/// (the domain role held on the tenant's top unit) changes the own tenant's organisation.
/// </summary>
internal static class Authorization
{
    public const string RegionAdminRole = "region-admin";

    public static bool IsRegionAdmin(this Caller caller) => caller.Roles.Contains(RegionAdminRole);

    public static Caller RequireRegionAdmin(this ICallerAccessor callers) =>
        callers.Required is var caller && caller.IsRegionAdmin()
            ? caller
            : throw RpcErrors.PermissionDenied("Bara regionens administratör får göra detta.");

    /// <summary>Starts a change of the caller's own tenant, which only its tenant admin may make.</summary>
    public static async Task<Tenant> StartAsTenantAdminAsync(this OrganizationChanges changes, IAccessControl access, CancellationToken cancellationToken)
    {
        await access.RequireTenantWideAsync(OrganizationPermissions.Manage, cancellationToken);
        return await changes.StartAsync(cancellationToken)
            ?? throw new InvalidOperationException("The caller's tenant passed the tenant check but is not registered.");
    }
}
