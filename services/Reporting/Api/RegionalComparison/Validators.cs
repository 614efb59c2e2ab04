using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;
using Verksamhetsform = Ledningssystem.Contracts.Common.V1.Verksamhetsform;

namespace Ledningssystem.Reporting.Api.RegionalComparison;

public sealed class GetRegionalComparisonValidator : IRequestValidator<GetRegionalComparisonRequest>
{
    public void Validate(GetRegionalComparisonRequest request, ValidationErrors errors)
    {
        if (request.Subject is not (Subject.Incidents or Subject.Complaints))
        {
            errors.Add("subject", "Jämför avvikelser eller klagomål.");
        }
        errors.Period(request.FromMonth, request.ToMonth)
            .Verksamhetsform("verksamhetsform", request.Verksamhetsform)
            .Page(request.PageSize, request.PageToken);
        if (Domain.Months.Parse(request.FromMonth) is { } from && Domain.Months.Parse(request.ToMonth) is { } to
            && Domain.Months.Year(from) != Domain.Months.Year(to))
        {
            errors.Add("to_month", "Perioden ska ligga inom ett kalenderår, eftersom antalet brukare anges per år.");
        }
    }
}

public sealed class SetComparisonConsentValidator : IRequestValidator<SetComparisonConsentRequest>
{
    public void Validate(SetComparisonConsentRequest request, ValidationErrors errors)
    {
        if (request.Consent is null)
        {
            errors.Add("consent", "Ange om organisationen får visas med namn.");
        }
    }
}

public sealed class SetServiceUserCountValidator : IRequestValidator<SetServiceUserCountRequest>
{
    public void Validate(SetServiceUserCountRequest request, ValidationErrors errors)
    {
        if (request.ServiceUserCount is not { } count)
        {
            errors.Add("service_user_count", "Ange år, verksamhetsform och antal brukare.");
            return;
        }
        if (count.Year is < 1901 or > 9999)
        {
            errors.Add("service_user_count.year", "Ange ett år.");
        }
        if (count.Verksamhetsform == Verksamhetsform.Unspecified)
        {
            errors.Add("service_user_count.verksamhetsform", "Ange verksamhetsform.");
        }
        errors.Verksamhetsform("service_user_count.verksamhetsform", count.Verksamhetsform);
        if (count.Count is < 0 or > Domain.RegionalComparison.ServiceUserCount.MaxCount)
        {
            errors.Add("service_user_count.count", $"Antalet brukare ska vara mellan 0 (tar bort uppgiften) och {Domain.RegionalComparison.ServiceUserCount.MaxCount}.");
        }
    }
}

public sealed class ListServiceUserCountsValidator : IRequestValidator<ListServiceUserCountsRequest>
{
    public void Validate(ListServiceUserCountsRequest request, ValidationErrors errors)
    {
        if (request.Year != 0 && request.Year is < 1901 or > 9999)
        {
            errors.Add("year", "Ange ett år, eller 0 för alla år.");
        }
        errors.Page(request.PageSize, request.PageToken);
    }
}
