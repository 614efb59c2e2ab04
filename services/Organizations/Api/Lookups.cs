using Grpc.Core;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.Rpc.Errors;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Organizations.Api;

/// <summary>Entities of the current tenant by id; another tenant's are NOT_FOUND like missing ones (the tenant filter).</summary>
internal static class Lookups
{
    public static async Task<Unit> UnitAsync(this OrganizationsDb db, string unitId, CancellationToken cancellationToken) =>
        await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken) ?? throw RpcErrors.NotFound($"Enheten {unitId} finns inte.");

    public static async Task<RoleAssignment> AssignmentAsync(this OrganizationsDb db, string assignmentId, CancellationToken cancellationToken) =>
        await db.RoleAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId, cancellationToken)
        ?? throw RpcErrors.NotFound($"Rolltilldelningen {assignmentId} finns inte.");

    public static RpcException TenantNotFound(string tenantId) => RpcErrors.NotFound($"Organisationen {tenantId} finns inte.");
}
