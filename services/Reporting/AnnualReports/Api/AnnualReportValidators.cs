using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Rpc.Validation;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Reporting.AnnualReports.Api;

/// <summary>The field rules of the berättelse's requests.</summary>
internal static class AnnualReportRules
{
    public const int IdLength = 100;
    public const int NoteLength = 2_000;
    public const int FirstYear = 2000;

    public static ValidationErrors ReportId(this ValidationErrors errors, string field, string value)
    {
        if (value.Length == 0)
        {
            errors.Add(field, "Ange vilken berättelse det gäller.");
        }
        return errors.MaxLength(field, value, IdLength);
    }

    /// <summary>A workflow step: the report, and a note of at most <see cref="NoteLength"/> characters.</summary>
    public static ValidationErrors Step(this ValidationErrors errors, string reportId, string note) =>
        errors.ReportId("report_id", reportId).MaxLength("note", note, NoteLength);

    public static ValidationErrors Kind(this ValidationErrors errors, AnnualReportKind kind)
    {
        if (kind == AnnualReportKind.Unspecified || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "Välj patientsäkerhetsberättelse eller kvalitetsberättelse.");
        }
        return errors;
    }

    public static ValidationErrors Year(this ValidationErrors errors, int year)
    {
        if (year is < FirstYear or > 9998)
        {
            errors.Add("year", $"Ange ett år från {FirstYear}.");
        }
        return errors;
    }
}

public sealed class CreateAnnualReportValidator : IRequestValidator<CreateAnnualReportRequest>
{
    public void Validate(CreateAnnualReportRequest request, ValidationErrors errors) => errors.Kind(request.Kind).Year(request.Year);
}

public sealed class GetAnnualReportValidator : IRequestValidator<GetAnnualReportRequest>
{
    public void Validate(GetAnnualReportRequest request, ValidationErrors errors) => errors.ReportId("report_id", request.ReportId);
}

public sealed class ListAnnualReportsValidator : IRequestValidator<ListAnnualReportsRequest>
{
    public void Validate(ListAnnualReportsRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);
}

public sealed class WriteAnnualReportSectionValidator : IRequestValidator<WriteAnnualReportSectionRequest>
{
    public void Validate(WriteAnnualReportSectionRequest request, ValidationErrors errors)
    {
        errors.ReportId("report_id", request.ReportId);
        if (request.Section == AnnualReportSection.Unspecified || !Enum.IsDefined(request.Section))
        {
            errors.Add("section", "Välj ett avsnitt.");
        }
        if (request.Text.Length > Domain.AnnualReport.MaxTextLength)
        {
            errors.Add("text", $"Texten får vara högst {Domain.AnnualReport.MaxTextLength} tecken.");
        }
    }
}

public sealed class SubmitAnnualReportValidator : IRequestValidator<SubmitAnnualReportRequest>
{
    public void Validate(SubmitAnnualReportRequest request, ValidationErrors errors) => errors.Step(request.ReportId, request.Note);
}

public sealed class ReturnAnnualReportValidator : IRequestValidator<ReturnAnnualReportRequest>
{
    public void Validate(ReturnAnnualReportRequest request, ValidationErrors errors)
    {
        if (request.Note.Length == 0)
        {
            errors.Add("note", "Skriv vad som behöver ändras.");
        }
        errors.Step(request.ReportId, request.Note);
    }
}

public sealed class ApproveAnnualReportValidator : IRequestValidator<ApproveAnnualReportRequest>
{
    public void Validate(ApproveAnnualReportRequest request, ValidationErrors errors) => errors.Step(request.ReportId, request.Note);
}

public sealed class PublishAnnualReportValidator : IRequestValidator<PublishAnnualReportRequest>
{
    public void Validate(PublishAnnualReportRequest request, ValidationErrors errors) => errors.Step(request.ReportId, request.Note);
}

public sealed class StartAnnualReportExportValidator : IRequestValidator<StartAnnualReportExportRequest>
{
    public void Validate(StartAnnualReportExportRequest request, ValidationErrors errors)
    {
        errors.ReportId("report_id", request.ReportId);
        if (request.Format is not (ExportFormat.Pdf or ExportFormat.Docx))
        {
            errors.Add("format", "Välj PDF eller Word (.docx).");
        }
    }
}

public sealed class GetAnnualReportExportValidator : IRequestValidator<GetAnnualReportExportRequest>
{
    public void Validate(GetAnnualReportExportRequest request, ValidationErrors errors) => errors.ReportId("export_id", request.ExportId);
}

public sealed class DownloadAnnualReportExportValidator : IRequestValidator<DownloadAnnualReportExportRequest>
{
    public void Validate(DownloadAnnualReportExportRequest request, ValidationErrors errors) => errors.ReportId("export_id", request.ExportId);
}

public sealed class ListAnnualReportRemindersValidator : IRequestValidator<ListAnnualReportRemindersRequest>
{
    public void Validate(ListAnnualReportRemindersRequest request, ValidationErrors errors) => errors.Page(request.PageSize, request.PageToken);
}

public sealed class GetPublishedAnnualReportValidator : IRequestValidator<GetPublishedAnnualReportRequest>
{
    public void Validate(GetPublishedAnnualReportRequest request, ValidationErrors errors)
    {
        if (request.TenantId.Length == 0)
        {
            errors.Add("tenant_id", "Välj en utförare.");
        }
        errors.MaxLength("tenant_id", request.TenantId, AnnualReportRules.IdLength).Kind(request.Kind).Year(request.Year);
    }
}

public sealed class ListPublishedAnnualReportsValidator : IRequestValidator<ListPublishedAnnualReportsRequest>
{
    public void Validate(ListPublishedAnnualReportsRequest request, ValidationErrors errors)
    {
        if (request.TenantId.Length == 0)
        {
            errors.Add("tenant_id", "Välj en utförare.");
        }
        errors.MaxLength("tenant_id", request.TenantId, AnnualReportRules.IdLength).Page(request.PageSize, request.PageToken);
    }
}
