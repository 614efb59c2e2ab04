using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Organizations.Api;

/// <summary>The API's messages from the domain's entities (enums: <see cref="ContractMapping"/>).</summary>
public static class Messages
{
    public static Tenant ToProto(this Domain.Tenant tenant) => new()
    {
        TenantId = tenant.TenantId,
        Kind = tenant.Kind.ToProto(),
        OrganisationNumber = tenant.OrganisationNumber.Value,
        Name = tenant.Name,
        Contact = new Contact { Name = tenant.Contact.Name, Email = tenant.Contact.Email, Phone = tenant.Contact.Phone },
        RootUnitId = tenant.RootUnitId,
        Suspended = tenant.IsSuspended,
        SuspensionReason = tenant.SuspensionReason ?? "",
        RegisteredAt = tenant.RegisteredAt.ToProto(),
        SuspendedAt = tenant.SuspendedAt.ToProto(),
    };

    public static Unit ToProto(this Domain.Unit unit) => new()
    {
        UnitId = unit.Id,
        TenantId = unit.TenantId,
        ParentUnitId = unit.ParentId ?? "",
        Name = unit.Name,
        Verksamhetsformer = { unit.Verksamhetsformer.ToProto() },
        AncestorUnitIds = { unit.AncestorIds },
        Closed = unit.IsClosed,
        CreatedAt = unit.CreatedAt.ToProto(),
        ClosedAt = unit.ClosedAt.ToProto(),
    };

    public static RoleAssignment ToProto(this Domain.RoleAssignment assignment) => new()
    {
        AssignmentId = assignment.Id,
        TenantId = assignment.TenantId,
        UserId = assignment.UserId,
        Role = assignment.Role.ToProto(),
        UnitId = assignment.UnitId,
        ValidFrom = assignment.ValidFrom.ToProto(),
        ValidTo = assignment.ValidTo.ToProto(),
        AssignedAt = assignment.AssignedAt.ToProto(),
        AssignedBy = assignment.AssignedBy,
        RevokedAt = assignment.RevokedAt.ToProto(),
        RevokedBy = assignment.RevokedBy ?? "",
    };

    public static Contract ToProto(this Domain.Contract contract) => new()
    {
        ContractId = contract.Id,
        PurchaserTenantId = contract.TenantId,
        ProviderTenantId = contract.ProviderTenantId,
        Title = contract.Title,
        Verksamhetsformer = { contract.Verksamhetsformer.ToProto() },
        ValidFrom = contract.ValidFrom.ToProto(),
        LinkedAt = contract.LinkedAt.ToProto(),
        Ended = contract.IsEnded,
        EndedAt = contract.EndedAt.ToProto(),
    };
}
