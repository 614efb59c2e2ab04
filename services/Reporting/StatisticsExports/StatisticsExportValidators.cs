using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Api;
using Ledningssystem.Rpc.Validation;

namespace Ledningssystem.Reporting.StatisticsExports;

internal static class ExportRules
{
    public static ValidationErrors TableFormat(this ValidationErrors errors, ExportFormat format)
    {
        if (format is not (ExportFormat.Csv or ExportFormat.Xlsx))
        {
            errors.Add("format", "Välj CSV eller Excel (.xlsx).");
        }
        return errors;
    }
}

/// <summary>The format, and the statistics request by GetStatistics' own rules.</summary>
public sealed class ExportStatisticsValidator : IRequestValidator<ExportStatisticsRequest>
{
    public void Validate(ExportStatisticsRequest request, ValidationErrors errors)
    {
        errors.TableFormat(request.Format);
        if (request.Statistics is null)
        {
            errors.Add("statistics", "Ange vilken statistik som ska exporteras.");
            return;
        }
        new GetStatisticsValidator().Validate(request.Statistics, errors);
    }
}

/// <summary>The format, and the compilation request by GetQuarterlyCompilation's own rules.</summary>
public sealed class ExportQuarterlyCompilationValidator : IRequestValidator<ExportQuarterlyCompilationRequest>
{
    public void Validate(ExportQuarterlyCompilationRequest request, ValidationErrors errors)
    {
        errors.TableFormat(request.Format);
        if (request.Compilation is null)
        {
            errors.Add("compilation", "Ange vilken sammanställning som ska exporteras.");
            return;
        }
        new GetQuarterlyCompilationValidator().Validate(request.Compilation, errors);
    }
}
