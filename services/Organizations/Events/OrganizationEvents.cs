using Google.Protobuf;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Organizations.Events;

/// <summary>The events the service publishes, made from the entities they report on (contract: events/v1/organizations.proto).</summary>
public static class OrganizationEvents
{
    public static TenantRegistered Registered(Tenant tenant) => new()
    {
        TenantId = tenant.TenantId,
        Kind = tenant.Kind.ToProto(),
        Name = tenant.Name,
        OrganisationNumber = tenant.OrganisationNumber.Value,
        RootUnitId = tenant.RootUnitId,
        RegisteredAt = tenant.RegisteredAt.ToProto(),
    };

    public static TenantSuspended Suspended(Tenant tenant) => new()
    {
        TenantId = tenant.TenantId,
        Reason = tenant.SuspensionReason ?? "",
        SuspendedAt = tenant.SuspendedAt.ToProto(),
    };

    public static TenantReactivated Reactivated(Tenant tenant, DateTimeOffset now) => new() { TenantId = tenant.TenantId, ReactivatedAt = now.ToProto() };

    public static UnitCreated Created(Unit unit) => new()
    {
        TenantId = unit.TenantId,
        UnitId = unit.Id,
        ParentUnitId = unit.ParentId ?? "",
        Name = unit.Name,
        Verksamhetsformer = { unit.Verksamhetsformer.ToProto() },
        CreatedAt = unit.CreatedAt.ToProto(),
    };

    public static UnitRenamed Renamed(Unit unit, DateTimeOffset now) => new()
    {
        TenantId = unit.TenantId,
        UnitId = unit.Id,
        Name = unit.Name,
        ParentUnitId = unit.ParentId ?? "",
        RenamedAt = now.ToProto(),
    };

    public static UnitMoved Moved(Unit unit, string previousParentId, DateTimeOffset now) => new()
    {
        TenantId = unit.TenantId,
        UnitId = unit.Id,
        PreviousParentUnitId = previousParentId,
        ParentUnitId = unit.ParentId ?? "",
        MovedAt = now.ToProto(),
    };

    public static UnitClosed Closed(Unit unit) => new() { TenantId = unit.TenantId, UnitId = unit.Id, ClosedAt = unit.ClosedAt.ToProto() };

    public static RoleAssigned Assigned(RoleAssignment assignment) => new()
    {
        TenantId = assignment.TenantId,
        AssignmentId = assignment.Id,
        UserId = assignment.UserId,
        Role = assignment.Role.ToProto(),
        UnitId = assignment.UnitId,
        ValidFrom = assignment.ValidFrom.ToProto(),
        ValidTo = assignment.ValidTo.ToProto(),
    };

    public static RoleRevoked Revoked(RoleAssignment assignment) => new()
    {
        TenantId = assignment.TenantId,
        AssignmentId = assignment.Id,
        UserId = assignment.UserId,
        Role = assignment.Role.ToProto(),
        UnitId = assignment.UnitId,
        RevokedAt = assignment.RevokedAt.ToProto(),
    };

    public static ContractLinked Linked(Contract contract) => new()
    {
        TenantId = contract.TenantId,
        ContractId = contract.Id,
        ProviderTenantId = contract.ProviderTenantId,
        Title = contract.Title,
        Verksamhetsformer = { contract.Verksamhetsformer.ToProto() },
        ValidFrom = contract.ValidFrom.ToProto(),
    };

    public static ContractEnded Ended(Contract contract) => new()
    {
        TenantId = contract.TenantId,
        ContractId = contract.Id,
        ProviderTenantId = contract.ProviderTenantId,
        EndedAt = contract.EndedAt.ToProto(),
    };

    /// <summary>
    /// The tenant's current state as the events that would have made it: the tenant, its units top-down (a parent
    /// before its children), closures, assignments (revoked ones as revoked) and the contracts it buys under.
    /// </summary>
    public static IEnumerable<IMessage> Snapshot(Tenant tenant, IEnumerable<Unit> units, IEnumerable<RoleAssignment> assignments, IEnumerable<Contract> contracts)
    {
        yield return Registered(tenant);
        if (tenant.IsSuspended)
        {
            yield return Suspended(tenant);
        }
        var tree = units.OrderBy(u => u.AncestorIds.Count).ToList();
        foreach (var unit in tree)
        {
            yield return Created(unit);
        }
        foreach (var unit in tree.Where(u => u.IsClosed))
        {
            yield return Closed(unit);
        }
        foreach (var assignment in assignments)
        {
            yield return assignment.IsRevoked ? Revoked(assignment) : Assigned(assignment);
        }
        foreach (var contract in contracts)
        {
            yield return contract.IsEnded ? Ended(contract) : Linked(contract);
        }
    }
}
