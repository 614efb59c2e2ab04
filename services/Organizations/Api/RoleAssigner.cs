using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.Organizations.Events;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Organizations.Api;

/// <summary>Assigning a role, for the tenant admin (AssignRole) and the region admin (AssignTenantAdmin) alike.</summary>
public sealed class RoleAssigner(OrganizationsDb db, OrganizationChanges changes, TimeProvider clock)
{
    /// <summary>
    /// Assigns within the started change of <paramref name="tenant"/>; a repeated request answers the assignment it made,
    /// other content under the same id ends ALREADY_EXISTS.
    /// </summary>
    public async Task<Domain.RoleAssignment> AssignAsync(Domain.Tenant tenant, AssignRoleRequest request, string actorId, CancellationToken cancellationToken)
    {
        var role = request.Role.ToDomain();
        var validFrom = request.ValidFrom?.ToInstant();
        var validTo = request.ValidTo?.ToInstant();
        if (await db.RoleAssignments.SingleOrDefaultAsync(a => a.Id == request.AssignmentId, cancellationToken) is { } existing)
        {
            return existing.IsAssignedAs(request.UserId, role, request.UnitId, validFrom, validTo)
                ? existing
                : throw RpcErrors.AlreadyExists($"Rolltilldelningen {request.AssignmentId} finns redan med andra uppgifter.");
        }
        var unit = await db.UnitAsync(request.UnitId, cancellationToken);
        var now = clock.Now();
        var assignment = Domain.RoleAssignment.Assign(request.AssignmentId, request.UserId, role, unit, tenant, validFrom ?? now, validTo, actorId, now);
        changes.Add(assignment);
        await changes.CommitAsync(cancellationToken);
        return assignment;
    }
}
