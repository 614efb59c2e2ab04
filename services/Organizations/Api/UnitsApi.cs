using Grpc.Core;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Data;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.Organizations.Events;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Microsoft.EntityFrameworkCore;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Organizations.Api;

/// <summary>The caller's tenant's unit tree: read by those with a role on or above a unit, changed by the tenant admin.</summary>
public sealed class UnitsApi(OrganizationsDb db, OrganizationChanges changes, IAccessControl access, TimeProvider clock) : UnitService.UnitServiceBase
{
    public override async Task<CreateUnitResponse> CreateUnit(CreateUnitRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await changes.StartAsTenantAdminAsync(access, ct);
        if (await db.Units.SingleOrDefaultAsync(u => u.Id == request.UnitId, ct) is { } existing)
        {
            return existing.IsCreatedAs(request.ParentUnitId, request.Name.Trim())
                ? new CreateUnitResponse { Unit = existing.ToProto() }
                : throw RpcErrors.AlreadyExists($"Enheten {request.UnitId} finns redan med andra uppgifter.");
        }
        var parent = await db.UnitAsync(request.ParentUnitId, ct);
        var unit = parent.CreateChild(request.UnitId, request.Name.Trim(), request.Verksamhetsformer.ToDomain(), clock.Now());
        changes.Add(unit);
        await changes.CommitAsync(ct);
        return new CreateUnitResponse { Unit = unit.ToProto() };
    }

    public override async Task<GetUnitResponse> GetUnit(GetUnitRequest request, ServerCallContext context)
    {
        var unit = await db.UnitAsync(request.UnitId, context.CancellationToken);
        await access.RequireAsync(OrganizationPermissions.ReadUnits, unit.Id, context.CancellationToken);
        return new GetUnitResponse { Unit = unit.ToProto() };
    }

    public override async Task<ListUnitsResponse> ListUnits(ListUnitsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var readable = await access.UnitsAllowedAsync(OrganizationPermissions.ReadUnits, ct);
        var units = db.Units.AsNoTracking().Where(u => readable.Contains(u.Id));
        if (request.SubtreeUnitId.Length > 0)
        {
            var subtree = await db.UnitAsync(request.SubtreeUnitId, ct);
            units = units.Where(u => u.Path.StartsWith(subtree.Path));
        }
        if (!request.IncludeClosed)
        {
            units = units.Where(u => u.ClosedAt == null);
        }
        if (request.Verksamhetsform != Common.Verksamhetsform.Unspecified)
        {
            var form = (Verksamhetsform)(int)request.Verksamhetsform;
            units = units.Where(u => u.Verksamhetsformer.Contains(form));
        }
        var page = await units.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListUnitsResponse { Units = { page.Items.Select(u => u.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<RenameUnitResponse> RenameUnit(RenameUnitRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await changes.StartAsTenantAdminAsync(access, ct);
        var unit = await db.UnitAsync(request.UnitId, ct);
        if (unit.Rename(request.Name.Trim()))
        {
            changes.Publish(OrganizationEvents.Renamed(unit, clock.Now()));
            await changes.CommitAsync(ct);
        }
        return new RenameUnitResponse { Unit = unit.ToProto() };
    }

    public override async Task<MoveUnitResponse> MoveUnit(MoveUnitRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await changes.StartAsTenantAdminAsync(access, ct);
        var unit = await db.UnitAsync(request.UnitId, ct);
        var newParent = await db.UnitAsync(request.NewParentUnitId, ct);
        var previousParentId = unit.ParentId ?? "";
        var descendants = await db.Units.Where(u => u.Path.StartsWith(unit.Path) && u.Id != unit.Id).ToListAsync(ct);
        if (unit.MoveUnder(newParent, descendants))
        {
            changes.Publish(OrganizationEvents.Moved(unit, previousParentId, clock.Now()));
            await changes.CommitAsync(ct);
        }
        return new MoveUnitResponse { Unit = unit.ToProto() };
    }

    public override async Task<CloseUnitResponse> CloseUnit(CloseUnitRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await changes.StartAsTenantAdminAsync(access, ct);
        var unit = await db.UnitAsync(request.UnitId, ct);
        var children = await db.Units.Where(u => u.ParentId == unit.Id).ToListAsync(ct);
        if (unit.Close(children, clock.Now()))
        {
            changes.Publish(OrganizationEvents.Closed(unit));
            await changes.CommitAsync(ct);
        }
        return new CloseUnitResponse { Unit = unit.ToProto() };
    }
}
