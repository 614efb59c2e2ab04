using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Organizations.Api;

public sealed class CreateUnitValidator : IRequestValidator<CreateUnitRequest>
{
    public void Validate(CreateUnitRequest request, ValidationErrors errors) => errors
        .Id("unit_id", request.UnitId)
        .Id("parent_unit_id", request.ParentUnitId)
        .Name("name", request.Name)
        .Verksamhetsformer("verksamhetsformer", request.Verksamhetsformer);
}

public sealed class GetUnitValidator : IRequestValidator<GetUnitRequest>
{
    public void Validate(GetUnitRequest request, ValidationErrors errors) => errors.Id("unit_id", request.UnitId);
}

public sealed class ListUnitsValidator : IRequestValidator<ListUnitsRequest>
{
    public void Validate(ListUnitsRequest request, ValidationErrors errors)
    {
        errors.Page(request.PageSize, request.PageToken).OptionalId("subtree_unit_id", request.SubtreeUnitId);
        if (request.Verksamhetsform != Common.Verksamhetsform.Unspecified && !request.Verksamhetsform.IsDomainValue())
        {
            errors.Add("verksamhetsform", "Okänd verksamhetsform.");
        }
    }
}

public sealed class RenameUnitValidator : IRequestValidator<RenameUnitRequest>
{
    public void Validate(RenameUnitRequest request, ValidationErrors errors) => errors.Id("unit_id", request.UnitId).Name("name", request.Name);
}

public sealed class MoveUnitValidator : IRequestValidator<MoveUnitRequest>
{
    public void Validate(MoveUnitRequest request, ValidationErrors errors) => errors
        .Id("unit_id", request.UnitId)
        .Id("new_parent_unit_id", request.NewParentUnitId);
}

public sealed class CloseUnitValidator : IRequestValidator<CloseUnitRequest>
{
    public void Validate(CloseUnitRequest request, ValidationErrors errors) => errors.Id("unit_id", request.UnitId);
}
