using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Organizations.Api;

public sealed class AssignRoleValidator(TimeProvider clock) : IRequestValidator<AssignRoleRequest>
{
    public void Validate(AssignRoleRequest request, ValidationErrors errors) => errors
        .Id("assignment_id", request.AssignmentId)
        .UserId("user_id", request.UserId)
        .Role("role", request.Role)
        .Id("unit_id", request.UnitId)
        .Validity(request.ValidFrom, request.ValidTo, clock);
}

public sealed class RevokeRoleValidator : IRequestValidator<RevokeRoleRequest>
{
    public void Validate(RevokeRoleRequest request, ValidationErrors errors) => errors.Id("assignment_id", request.AssignmentId);
}

public sealed class ListRoleAssignmentsValidator : IRequestValidator<ListRoleAssignmentsRequest>
{
    public void Validate(ListRoleAssignmentsRequest request, ValidationErrors errors) => errors
        .Page(request.PageSize, request.PageToken)
        .MaxLength("user_id", request.UserId, ValidationRules.UserIdLength)
        .OptionalId("unit_id", request.UnitId)
        .Role("role", request.Role, optional: true);
}

public sealed class GetEffectiveRolesValidator : IRequestValidator<GetEffectiveRolesRequest>
{
    public void Validate(GetEffectiveRolesRequest request, ValidationErrors errors) => errors
        .MaxLength("user_id", request.UserId, ValidationRules.UserIdLength)
        .Id("unit_id", request.UnitId);
}
