using Ledningssystem.ServiceDefaults.Access;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Organizations;

/// <summary>
/// The domain's enums to the contract's and back, for the API and the events alike. The contract's enums number their
/// values like the domain's (and the platform's <see cref="Role"/>), so the conversions are casts; validators refuse
/// values outside the domain's.
/// </summary>
public static class ContractMapping
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
}
