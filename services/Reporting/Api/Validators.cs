using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Reporting.Api;

/// <summary>The field rules the service's requests share.</summary>
internal static class Rules
{
    public const int MaxMonths = 36;
    public const int IdLength = 100;

    public static ValidationErrors UnitId(this ValidationErrors errors, string value) => errors.MaxLength("unit_id", value, IdLength);

    /// <summary>A defined verksamhetsform, or unspecified (all).</summary>
    public static ValidationErrors Verksamhetsform(this ValidationErrors errors, string field, Contracts.Common.V1.Verksamhetsform value)
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(field, "Okänd verksamhetsform.");
        }
        return errors;
    }

    /// <summary>Both months given as "YYYY-MM", in order, at most <see cref="MaxMonths"/> apart.</summary>
    public static ValidationErrors Period(this ValidationErrors errors, string from, string to)
    {
        var first = Domain.Months.Parse(from);
        var last = Domain.Months.Parse(to);
        if (first is null)
        {
            errors.Add("from_month", "Ange en månad som ÅÅÅÅ-MM.");
        }
        if (last is null)
        {
            errors.Add("to_month", "Ange en månad som ÅÅÅÅ-MM.");
        }
        if (first is { } a && last is { } b && (b < a || Domain.Months.Span(a, b) > MaxMonths))
        {
            errors.Add("to_month", $"Perioden ska sluta samma månad som den börjar eller senare, och omfatta högst {MaxMonths} månader.");
        }
        return errors;
    }
}

public sealed class GetStatisticsValidator : IRequestValidator<GetStatisticsRequest>
{
    public void Validate(GetStatisticsRequest request, ValidationErrors errors)
    {
        if (request.Subject == Subject.Unspecified || !Enum.IsDefined(request.Subject))
        {
            errors.Add("subject", "Ange vad som ska räknas.");
        }
        errors.UnitId(request.UnitId).Period(request.FromMonth, request.ToMonth).Page(request.PageSize, request.PageToken)
            .Verksamhetsform("verksamhetsform", request.Verksamhetsform);
    }
}

public sealed class GetQuarterlyCompilationValidator : IRequestValidator<GetQuarterlyCompilationRequest>
{
    public void Validate(GetQuarterlyCompilationRequest request, ValidationErrors errors)
    {
        if (request.Year is < 1901 or > 9999)
        {
            errors.Add("year", "Ange ett år.");
        }
        if (request.Quarter is < 1 or > 4)
        {
            errors.Add("quarter", "Ange kvartal 1–4.");
        }
        errors.UnitId(request.UnitId);
    }
}

public sealed class SetReportingSettingsValidator : IRequestValidator<SetReportingSettingsRequest>
{
    public void Validate(SetReportingSettingsRequest request, ValidationErrors errors)
    {
        if (request.Settings is null)
        {
            errors.Add("settings", "Ange inställningarna.");
        }
        else if (request.Settings.SuppressionThreshold is < Domain.ReportingSettings.MinThreshold or > Domain.ReportingSettings.MaxThreshold)
        {
            errors.Add("settings.suppression_threshold", $"Gränsen för små tal ska vara mellan {Domain.ReportingSettings.MinThreshold} och {Domain.ReportingSettings.MaxThreshold}.");
        }
    }
}
