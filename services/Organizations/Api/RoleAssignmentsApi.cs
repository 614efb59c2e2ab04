using Grpc.Core;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.Organizations.Events;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Organizations.Api;

/// <summary>Who holds which role where in the caller's tenant; assigned and revoked by the tenant admin.</summary>
public sealed class RoleAssignmentsApi(
    OrganizationsDb db, OrganizationChanges changes, RoleAssigner assigner, IAccessControl access, ICallerAccessor callers, TimeProvider clock)
    : RoleAssignmentService.RoleAssignmentServiceBase
{
    public override async Task<AssignRoleResponse> AssignRole(AssignRoleRequest request, ServerCallContext context)
    {
        var tenant = await changes.StartAsTenantAdminAsync(access, context.CancellationToken);
        var assignment = await assigner.AssignAsync(tenant, request, callers.Required.UserId, context.CancellationToken);
        return new AssignRoleResponse { Assignment = assignment.ToProto() };
    }

    public override async Task<RevokeRoleResponse> RevokeRole(RevokeRoleRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await changes.StartAsTenantAdminAsync(access, ct);
        var assignment = await db.AssignmentAsync(request.AssignmentId, ct);
        if (assignment.Revoke(callers.Required.UserId, clock.Now()))
        {
            changes.Publish(OrganizationEvents.Revoked(assignment));
            await changes.CommitAsync(ct);
        }
        return new RevokeRoleResponse { Assignment = assignment.ToProto() };
    }

    public override async Task<ListRoleAssignmentsResponse> ListRoleAssignments(ListRoleAssignmentsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var assignments = db.RoleAssignments.AsNoTracking();
        if (request.UserId.Length > 0)
        {
            assignments = assignments.Where(a => a.UserId == request.UserId);
        }
        // Everyone may see their own assignments; others' only on the units where they may.
        if (request.UserId != callers.Required.UserId)
        {
            var visible = await access.UnitsAllowedAsync(OrganizationPermissions.ReadAssignments, ct);
            assignments = assignments.Where(a => visible.Contains(a.UnitId));
        }
        if (request.UnitId.Length > 0)
        {
            assignments = assignments.Where(a => a.UnitId == request.UnitId);
        }
        if (request.Role != Common.Role.Unspecified)
        {
            var role = request.Role.ToDomain();
            assignments = assignments.Where(a => a.Role == role);
        }
        if (!request.IncludeInactive)
        {
            assignments = assignments.Where(Domain.RoleAssignment.ActiveAt(clock.Now()));
        }
        var page = await assignments.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListRoleAssignmentsResponse { Assignments = { page.Items.Select(a => a.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<GetEffectiveRolesResponse> GetEffectiveRoles(GetEffectiveRolesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var userId = request.UserId.Length > 0 ? request.UserId : callers.Required.UserId;
        var unit = await db.UnitAsync(request.UnitId, ct);
        if (userId != callers.Required.UserId)
        {
            await access.RequireAsync(OrganizationPermissions.ReadAssignments, unit.Id, ct);
        }
        List<string> line = [.. unit.AncestorIds, unit.Id];
        var openUnits = await db.Units.AsNoTracking().Where(u => line.Contains(u.Id) && u.ClosedAt == null).Select(u => u.Id).ToListAsync(ct);
        var now = clock.Now();
        var held = (await db.RoleAssignments.AsNoTracking()
                .Where(a => a.UserId == userId && openUnits.Contains(a.UnitId) && a.RevokedAt == null)
                .ToListAsync(ct))
            .Where(a => a.IsActiveAt(now))
            .OrderBy(a => a.Role)
            .Select(a => new EffectiveRole { Role = a.Role.ToProto(), AssignmentId = a.Id, HeldOnUnitId = a.UnitId, ValidTo = a.ValidTo.ToProto() });
        return new GetEffectiveRolesResponse { UserId = userId, UnitId = unit.Id, Roles = { held } };
    }
}
