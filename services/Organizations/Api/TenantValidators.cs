using System.Net.Mail;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Organizations.Api;

public sealed class RegisterTenantValidator : IRequestValidator<RegisterTenantRequest>
{
    public void Validate(RegisterTenantRequest request, ValidationErrors errors)
    {
        errors.TenantId("tenant_id", request.TenantId)
            .Name("name", request.Name)
            .Id("root_unit_id", request.RootUnitId)
            .Name("root_unit_name", request.RootUnitName)
            .Verksamhetsformer("root_unit_verksamhetsformer", request.RootUnitVerksamhetsformer);
        if (!request.Kind.IsDomainValue())
        {
            errors.Add("kind", "Ange om organisationen är en nämnd, en privat utförare eller regionen.");
        }
        if (!OrganisationNumber.TryParse(request.OrganisationNumber, out _))
        {
            errors.Add("organisation_number", "Ange ett giltigt organisationsnummer, NNNNNN-NNNN (kontrollsiffran stämmer inte eller formatet är fel).");
        }
        var contact = request.Contact ?? new Contracts.Organizations.V1.Contact();
        errors.MaxLength("contact.name", contact.Name, ValidationRules.NameLength)
            .MaxLength("contact.email", contact.Email, ValidationRules.NameLength)
            .MaxLength("contact.phone", contact.Phone, 40);
        if (contact.Email.Length > 0 && !MailAddress.TryCreate(contact.Email, out _))
        {
            errors.Add("contact.email", "Ange en giltig e-postadress.");
        }
    }
}

public sealed class GetTenantValidator : IRequestValidator<GetTenantRequest>
{
    public void Validate(GetTenantRequest request, ValidationErrors errors) => errors.TenantId("tenant_id", request.TenantId);
}

public sealed class ListTenantsValidator : IRequestValidator<ListTenantsRequest>
{
    public void Validate(ListTenantsRequest request, ValidationErrors errors)
    {
        errors.Page(request.PageSize, request.PageToken);
        if (request.Kind != Common.TenantKind.Unspecified && !request.Kind.IsDomainValue())
        {
            errors.Add("kind", "Okänd typ av organisation.");
        }
    }
}

public sealed class SuspendTenantValidator : IRequestValidator<SuspendTenantRequest>
{
    public void Validate(SuspendTenantRequest request, ValidationErrors errors) => errors
        .TenantId("tenant_id", request.TenantId)
        .Required("reason", request.Reason)
        .MaxLength("reason", request.Reason, 500);
}

public sealed class ReactivateTenantValidator : IRequestValidator<ReactivateTenantRequest>
{
    public void Validate(ReactivateTenantRequest request, ValidationErrors errors) => errors.TenantId("tenant_id", request.TenantId);
}

public sealed class AssignTenantAdminValidator(TimeProvider clock) : IRequestValidator<AssignTenantAdminRequest>
{
    public void Validate(AssignTenantAdminRequest request, ValidationErrors errors) => errors
        .TenantId("tenant_id", request.TenantId)
        .Id("assignment_id", request.AssignmentId)
        .UserId("user_id", request.UserId)
        .Validity(request.ValidFrom, request.ValidTo, clock);
}

public sealed class RepublishTenantValidator : IRequestValidator<RepublishTenantRequest>
{
    public void Validate(RepublishTenantRequest request, ValidationErrors errors) => errors.TenantId("tenant_id", request.TenantId);
}
