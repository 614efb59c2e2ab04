using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Api;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Reporting.QualityCouncil.Api;

/// <summary>The field rules the kvalitetsråd's requests share.</summary>
internal static class CouncilRules
{
    public const int MaxPresent = 50;
    public const int MaxDecisions = 50;
    public const int NameLength = 200;
    public const int DecisionLength = 2000;

    public static ValidationErrors Council(this ValidationErrors errors, string unitId) => errors.Required("unit_id", unitId).UnitId(unitId);

    /// <summary>An occasion with its year, or (no occasion) explicit months.</summary>
    public static ValidationErrors CouncilPeriod(this ValidationErrors errors, CouncilOccasion occasion, int year, MonthPeriod? months)
    {
        if (occasion == CouncilOccasion.Unspecified)
        {
            if (months is null)
            {
                return errors.Add("occasion", "Ange vilket kvalitetsråd underlaget gäller (T1, T2, verksamhetsberättelse eller verksamhetsplan), eller vilka månader.");
            }
            if (year != 0)
            {
                errors.Add("year", "Ange år bara tillsammans med ett kvalitetsråd; månaderna anger själva sitt år.");
            }
            return errors.Period(months.FromMonth, months.ToMonth);
        }
        if (!Enum.IsDefined(occasion))
        {
            errors.Add("occasion", "Okänt kvalitetsråd.");
        }
        if (months is not null)
        {
            errors.Add("months", "Ange antingen ett kvalitetsråd med år eller månader, inte båda.");
        }
        if (year is < 1901 or > 9999)
        {
            errors.Add("year", "Ange ett år.");
        }
        return errors;
    }
}

public sealed class ListBalanceItemsValidator : IRequestValidator<ListBalanceItemsRequest>
{
    public void Validate(ListBalanceItemsRequest request, ValidationErrors errors)
    {
        if (!Enum.IsDefined(request.Source))
        {
            errors.Add("source", "Okänd källa.");
        }
        errors.Council(request.UnitId).Page(request.PageSize, request.PageToken);
    }
}

public sealed class GetCouncilBasisValidator : IRequestValidator<GetCouncilBasisRequest>
{
    public void Validate(GetCouncilBasisRequest request, ValidationErrors errors) =>
        errors.Council(request.UnitId).CouncilPeriod(request.Occasion, request.Year, request.Months);
}

public sealed class RecordCouncilProtocolValidator : IRequestValidator<RecordCouncilProtocolRequest>
{
    public void Validate(RecordCouncilProtocolRequest request, ValidationErrors errors)
    {
        errors.Council(request.UnitId).CouncilPeriod(request.Occasion, request.Year, request.Months);
        if (IsoDates.Parse(request.HeldOn) is null)
        {
            errors.Add("held_on", "Ange dagen kvalitetsrådet hölls som ÅÅÅÅ-MM-DD.");
        }
        if (request.Present.Count is 0 or > CouncilRules.MaxPresent)
        {
            errors.Add("present", $"Ange de närvarande, högst {CouncilRules.MaxPresent}.");
        }
        for (var i = 0; i < request.Present.Count; i++)
        {
            errors.Required($"present[{i}]", request.Present[i]).MaxLength($"present[{i}]", request.Present[i], CouncilRules.NameLength);
        }
        if (request.Decisions.Count > CouncilRules.MaxDecisions)
        {
            errors.Add("decisions", $"Högst {CouncilRules.MaxDecisions} beslut per protokoll.");
        }
        for (var i = 0; i < request.Decisions.Count; i++)
        {
            var decision = request.Decisions[i];
            var field = $"decisions[{i}]";
            if (!Enum.IsDefined(decision.Topic))
            {
                errors.Add($"{field}.topic", "Okänd punkt på dagordningen.");
            }
            errors.Required($"{field}.decision", decision.Decision).MaxLength($"{field}.decision", decision.Decision, CouncilRules.DecisionLength)
                .Required($"{field}.responsible", decision.Responsible).MaxLength($"{field}.responsible", decision.Responsible, CouncilRules.NameLength);
            if (IsoDates.Parse(decision.FollowUpOn) is null)
            {
                errors.Add($"{field}.follow_up_on", "Ange när beslutet följs upp som ÅÅÅÅ-MM-DD.");
            }
        }
    }
}

public sealed class GetCouncilProtocolValidator : IRequestValidator<GetCouncilProtocolRequest>
{
    public void Validate(GetCouncilProtocolRequest request, ValidationErrors errors) =>
        errors.Required("protocol_id", request.ProtocolId).MaxLength("protocol_id", request.ProtocolId, 36);
}

public sealed class ListCouncilProtocolsValidator : IRequestValidator<ListCouncilProtocolsRequest>
{
    public void Validate(ListCouncilProtocolsRequest request, ValidationErrors errors) =>
        errors.Council(request.UnitId).Page(request.PageSize, request.PageToken);
}
