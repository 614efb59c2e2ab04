using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;
using Ledningssystem.Organizations.Domain;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Common = Ledningssystem.Contracts.Common.V1;

namespace Ledningssystem.Organizations.Api;

/// <summary>The field rules the service's requests share.</summary>
internal static class ValidationRules
{
    public const int NameLength = 200;
    public const int UserIdLength = 200;

    public static ValidationErrors Id(this ValidationErrors errors, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return errors.Required(field, value);
        }
        return Identifiers.IsValidId(value)
            ? errors
            : errors.Add(field, $"Högst {Identifiers.MaxLength} tecken: bokstäver a–z, siffror, punkt, understreck och bindestreck.");
    }

    public static ValidationErrors OptionalId(this ValidationErrors errors, string field, string value) =>
        value.Length == 0 ? errors : errors.Id(field, value);

    public static ValidationErrors TenantId(this ValidationErrors errors, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return errors.Required(field, value);
        }
        return Identifiers.IsValidTenantId(value)
            ? errors
            : errors.Add(field, "Högst 63 tecken: gemena bokstäver a–z, siffror och bindestreck (inte först eller sist).");
    }

    public static ValidationErrors Name(this ValidationErrors errors, string field, string value) =>
        errors.Required(field, value).MaxLength(field, value, NameLength);

    public static ValidationErrors UserId(this ValidationErrors errors, string field, string value) =>
        errors.Required(field, value).MaxLength(field, value, UserIdLength);

    public static ValidationErrors Verksamhetsformer(this ValidationErrors errors, string field, RepeatedField<Common.Verksamhetsform> forms)
    {
        if (forms.Any(f => !f.IsDomainValue()))
        {
            errors.Add(field, "Okänd verksamhetsform.");
        }
        return errors;
    }

    public static ValidationErrors Role(this ValidationErrors errors, string field, Common.Role role, bool optional = false)
    {
        if (!(optional && role == Common.Role.Unspecified) && !role.IsDomainValue())
        {
            errors.Add(field, "Ange en av plattformens roller.");
        }
        return errors;
    }

    /// <summary>valid_to must come after valid_from, or after now when valid_from is unset.</summary>
    public static ValidationErrors Validity(this ValidationErrors errors, Timestamp? validFrom, Timestamp? validTo, TimeProvider clock)
    {
        var from = validFrom?.ToInstant() ?? clock.Now();
        if (validTo is not null && validTo.ToInstant() <= from)
        {
            errors.Add("valid_to", "Slutet måste ligga efter början.");
        }
        return errors;
    }
}
