using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.AnnualReports.Figures;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Reporting.AnnualReports.Api;

/// <summary>
/// Published berättelser for anyone (PSL 3 kap. 10 §: available to whoever asks), without a token (registered in
/// AnnualReportsRegistration, let through by the gateway). Nothing here has a caller, so each call acts for the provider
/// asked for; only published reports are found, with the figures as approved (counts, small ones suppressed).
/// </summary>
public sealed class PublicAnnualReportsApi(ReportingDb db, IProviderDirectory providers, IOrganizationDirectory organization, AnnualReportFigures figures)
    : PublicAnnualReportService.PublicAnnualReportServiceBase
{
    public const string ServiceName = "ledningssystem.reporting.v1.PublicAnnualReportService";

    public override async Task<GetPublishedAnnualReportResponse> GetPublishedAnnualReport(GetPublishedAnnualReportRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await RequireProviderAsync(request.TenantId, ct);
        using var tenant = TenantContext.Use(request.TenantId);
        var kind = request.Kind.ToDomain();
        var report = await Published().SingleOrDefaultAsync(r => r.Kind == kind && r.Year == request.Year, ct)
            ?? throw RpcErrors.NotFound($"Det finns ingen publicerad {Domain.AnnualReportTexts.Name(kind).ToLowerInvariant()} för {request.Year}.");
        return new GetPublishedAnnualReportResponse
        {
            Report = new PublishedAnnualReport
            {
                ProviderName = await organization.TenantNameAsync(ct) ?? "",
                Kind = report.Kind.ToProto(),
                Year = report.Year,
                Title = report.Title,
                Sections = { AnnualReportMapping.Sections(report, await figures.OfAsync(report, ct)) },
                PublishedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(report.PublishedAt!.Value),
            },
        };
    }

    public override async Task<ListPublishedAnnualReportsResponse> ListPublishedAnnualReports(ListPublishedAnnualReportsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await RequireProviderAsync(request.TenantId, ct);
        using var tenant = TenantContext.Use(request.TenantId);
        var page = await Published().PageAsync(request.PageSize, request.PageToken, ct);
        return new ListPublishedAnnualReportsResponse { Reports = { page.Items.Select(r => r.ToSummary()) }, NextPageToken = page.NextPageToken };
    }

    private IQueryable<Domain.AnnualReport> Published() =>
        db.Set<Domain.AnnualReport>().AsNoTracking().Where(r => r.State == Domain.AnnualReportState.Published);

    /// <summary>A provider that exists and is not suspended, as the public complaint form finds them.</summary>
    private async Task RequireProviderAsync(string tenantId, CancellationToken ct)
    {
        if (await providers.UnitsAsync(tenantId, 1, "", ct) is null)
        {
            throw RpcErrors.NotFound($"Utföraren {tenantId} finns inte.");
        }
    }
}
