using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.ServiceDefaults.Access;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Organizations.Api;

/// <summary>
/// Domain to protobuf and back. The contract's enums number their values like the domain's (and the platform's
/// <see cref="Role"/>), so the conversions are casts; validators refuse values outside the domain's.
/// </summary>
public static class Messages
{
    public static Common.TenantKind ToProto(this Domain.TenantKind kind) => (Common.TenantKind)(int)kind;

    public static Domain.TenantKind ToDomain(this Common.TenantKind kind) => (Domain.TenantKind)(int)kind;

    public static Common.Role ToProto(this Role role) => (Common.Role)(int)role;

    public static Role ToDomain(this Common.Role role) => (Role)(int)role;

    public static IEnumerable<Common.Verksamhetsform> ToProto(this IEnumerable<Domain.Verksamhetsform> forms) => forms.Select(f => (Common.Verksamhetsform)(int)f);

    public static IEnumerable<Domain.Verksamhetsform> ToDomain(this IEnumerable<Common.Verksamhetsform> forms) => forms.Select(f => (Domain.Verksamhetsform)(int)f);

    public static bool IsDomainValue(this Common.TenantKind kind) => kind != Common.TenantKind.Unspecified && System.Enum.IsDefined(kind.ToDomain());

    public static bool IsDomainValue(this Common.Role role) => role != Common.Role.Unspecified && System.Enum.IsDefined(role.ToDomain());

    public static bool IsDomainValue(this Common.Verksamhetsform form) =>
        form != Common.Verksamhetsform.Unspecified && System.Enum.IsDefined((Domain.Verksamhetsform)(int)form);

    public static Timestamp ToProto(this DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    /// <summary>A caller's timestamp at the precision the service keeps (<see cref="Instants"/>).</summary>
    public static DateTimeOffset ToInstant(this Timestamp timestamp) => Domain.Instants.Truncate(timestamp.ToDateTimeOffset());

    public static Timestamp? ToProto(this DateTimeOffset? instant) => instant?.ToProto();

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
