using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.AnnualReports.Exports;
using Ledningssystem.Reporting.AnnualReports.Figures;
using Ledningssystem.Reporting.Files;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Identity;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Permissions = Ledningssystem.Reporting.AnnualReports.Domain.AnnualReportPermissions;

namespace Ledningssystem.Reporting.AnnualReports.Api;

/// <summary>The berättelser of the caller's tenant: writing, the review and approval workflow, exports and reminders. Every call is tenant-wide.</summary>
public sealed class AnnualReportsApi(
    ReportingDb db,
    IAccessControl access,
    ICallerAccessor callers,
    WorkflowClock clock,
    AnnualReportFigures figures,
    AnnualReportExportWorker exports) : AnnualReportService.AnnualReportServiceBase
{
    private const string ReportNotFound = "Berättelsen finns inte.";
    private const string ExportNotFound = "Exporten finns inte.";

    private Actor Actor => new(callers.Required.UserId, callers.Required.DisplayName);

    public override async Task<CreateAnnualReportResponse> CreateAnnualReport(CreateAnnualReportRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Permissions.Write, ct);
        var kind = request.Kind.ToDomain();
        var exists = RpcErrors.AlreadyExists($"Det finns redan en {Domain.AnnualReportTexts.Name(kind).ToLowerInvariant()} för {request.Year}.");
        if (await db.Set<Domain.AnnualReport>().AnyAsync(r => r.Kind == kind && r.Year == request.Year, ct))
        {
            throw exists;
        }
        var report = Domain.AnnualReport.Create(Guid.CreateVersion7().ToString(), callers.Required.TenantId, kind, request.Year, Actor, clock.Now);
        db.Add(report);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw exists; // Created meanwhile by another call: the index is unique per tenant, kind and year.
        }
        return new CreateAnnualReportResponse { Report = await ToProtoAsync(report, ct) };
    }

    public override async Task<GetAnnualReportResponse> GetAnnualReport(GetAnnualReportRequest request, ServerCallContext context)
    {
        await access.RequireTenantWideAsync(Permissions.Read, context.CancellationToken);
        return new GetAnnualReportResponse { Report = await ToProtoAsync(await ReportAsync(request.ReportId, context.CancellationToken), context.CancellationToken) };
    }

    public override async Task<ListAnnualReportsResponse> ListAnnualReports(ListAnnualReportsRequest request, ServerCallContext context)
    {
        await access.RequireTenantWideAsync(Permissions.Read, context.CancellationToken);
        var page = await db.Set<Domain.AnnualReport>().AsNoTracking().PageAsync(request.PageSize, request.PageToken, context.CancellationToken);
        return new ListAnnualReportsResponse { Reports = { page.Items.Select(r => r.ToSummary()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<WriteAnnualReportSectionResponse> WriteAnnualReportSection(WriteAnnualReportSectionRequest request, ServerCallContext context) =>
        new() { Report = await StepAsync(request.ReportId, Permissions.Write, (report, actor, now) => report.Write(request.Section.ToDomain(), request.Text, actor, now), context) };

    public override async Task<SubmitAnnualReportResponse> SubmitAnnualReport(SubmitAnnualReportRequest request, ServerCallContext context) =>
        new() { Report = await StepAsync(request.ReportId, Permissions.Write, (report, actor, now) => report.Submit(actor, now, request.Note), context) };

    public override async Task<ReturnAnnualReportResponse> ReturnAnnualReport(ReturnAnnualReportRequest request, ServerCallContext context) =>
        new() { Report = await StepAsync(request.ReportId, Permissions.Approve, (report, actor, now) => report.Return(actor, now, request.Note), context) };

    public override async Task<ApproveAnnualReportResponse> ApproveAnnualReport(ApproveAnnualReportRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Permissions.Approve, ct);
        var report = await ReportAsync(request.ReportId, ct);
        report.Approve(Actor, clock.Now, request.Note, AnnualReportFigures.Freeze(await figures.LiveAsync(report.Year, ct)));
        await db.SaveChangesAsync(ct);
        return new ApproveAnnualReportResponse { Report = await ToProtoAsync(report, ct) };
    }

    public override async Task<PublishAnnualReportResponse> PublishAnnualReport(PublishAnnualReportRequest request, ServerCallContext context) =>
        new() { Report = await StepAsync(request.ReportId, Permissions.Publish, (report, actor, now) => report.Publish(actor, now, request.Note), context) };

    public override async Task<StartAnnualReportExportResponse> StartAnnualReportExport(StartAnnualReportExportRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Permissions.Read, ct);
        var report = await ReportAsync(request.ReportId, ct);
        var job = AnnualReportExportJob.Queue(
            Guid.CreateVersion7().ToString(), callers.Required.TenantId, report, request.Format.ToDocumentFormat(), callers.Required.UserId, clock.Now);
        db.Add(job);
        await db.SaveChangesAsync(ct);
        exports.Wake();
        return new StartAnnualReportExportResponse { Export = job.ToProto() };
    }

    public override async Task<GetAnnualReportExportResponse> GetAnnualReportExport(GetAnnualReportExportRequest request, ServerCallContext context)
    {
        await access.RequireTenantWideAsync(Permissions.Read, context.CancellationToken);
        return new GetAnnualReportExportResponse { Export = (await ExportAsync(request.ExportId, context.CancellationToken)).ToProto() };
    }

    public override async Task DownloadAnnualReportExport(DownloadAnnualReportExportRequest request, IServerStreamWriter<DownloadAnnualReportExportResponse> responseStream, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Permissions.Read, ct);
        var job = await ExportAsync(request.ExportId, ct);
        if (job.Status != ExportJobStatus.Done)
        {
            throw new Reporting.Domain.ReportingRuleException(
                "EXPORT_NOT_DONE",
                job.Status == ExportJobStatus.Failed ? $"Exporten misslyckades: {job.Error}" : $"Dokumentet är inte klart än ({job.Percent} %).");
        }
        var file = await db.Set<AnnualReportExportFile>().AsNoTracking().SingleAsync(f => f.ExportId == job.Id, ct);
        await FileChunks.WriteAsync(responseStream, chunk => new DownloadAnnualReportExportResponse { Chunk = chunk }, job.FileName, job.Format == Exports.DocumentFormat.Pdf ? FileChunks.Pdf : FileChunks.Docx, file.Content, ct);
    }

    public override async Task<ListAnnualReportRemindersResponse> ListAnnualReportReminders(ListAnnualReportRemindersRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Permissions.Read, ct);
        // A tenant has one reminder a year, so the token is an offset into them, newest first.
        var skip = request.PageToken.Length > 0 && Paging.TryReadToken(request.PageToken, out var offset) ? (int)Math.Clamp(offset, 0, int.MaxValue) : 0;
        var size = Paging.PageSize(request.PageSize);
        var reminders = await db.Set<Reminders.AnnualReportReminder>().AsNoTracking()
            .OrderByDescending(r => r.Year).ThenBy(r => r.Kind)
            .Skip(skip).Take(size + 1)
            .Select(r => new
            {
                Reminder = r,
                Published = db.Set<Domain.AnnualReport>().Any(a => a.Kind == r.Kind && a.Year == r.Year && a.State == Domain.AnnualReportState.Published),
            })
            .ToListAsync(ct);
        return new ListAnnualReportRemindersResponse
        {
            Reminders =
            {
                reminders.Take(size).Select(r => new Contracts.Reporting.V1.AnnualReportReminder
                {
                    Year = r.Reminder.Year,
                    Kind = r.Reminder.Kind.ToProto(),
                    DueOn = r.Reminder.DueOn.ToIso(),
                    RaisedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(r.Reminder.RaisedAt),
                    Published = r.Published,
                }),
            },
            NextPageToken = reminders.Count > size ? Paging.Token(skip + size) : "",
        };
    }

    private async Task<Contracts.Reporting.V1.AnnualReport> StepAsync(
        string reportId, Permission permission, Action<Domain.AnnualReport, Actor, DateTimeOffset> step, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(permission, ct);
        var report = await ReportAsync(reportId, ct);
        step(report, Actor, clock.Now);
        await db.SaveChangesAsync(ct);
        return await ToProtoAsync(report, ct);
    }

    private async Task<Domain.AnnualReport> ReportAsync(string reportId, CancellationToken ct) =>
        await db.Set<Domain.AnnualReport>().SingleOrDefaultAsync(r => r.Id == reportId, ct) ?? throw RpcErrors.NotFound(ReportNotFound);

    private async Task<AnnualReportExportJob> ExportAsync(string exportId, CancellationToken ct) =>
        await db.Set<AnnualReportExportJob>().AsNoTracking().SingleOrDefaultAsync(j => j.Id == exportId, ct) ?? throw RpcErrors.NotFound(ExportNotFound);

    private async Task<Contracts.Reporting.V1.AnnualReport> ToProtoAsync(Domain.AnnualReport report, CancellationToken ct) =>
        report.ToProto(await figures.OfAsync(report, ct));
}
