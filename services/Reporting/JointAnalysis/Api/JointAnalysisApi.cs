using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Reporting.V1;
using Ledningssystem.Reporting.Api;
using Ledningssystem.Reporting.Data;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.ServiceDefaults.Identity;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Domain = Ledningssystem.Reporting.JointAnalysis.Domain;
using Permissions = Ledningssystem.Reporting.JointAnalysis.Domain.JointAnalysisPermissions;

namespace Ledningssystem.Reporting.JointAnalysis.Api;

/// <summary>The six-monthly joint analysis of klagomål and lex Sarah reports over gRPC: its underlag and its written versions.</summary>
public sealed class JointAnalysisApi(
    ReportingDb db, StatisticsScope scope, ICallerAccessor callers, IAuditTrail audit, JointAnalysisBasisBuilder basis, TimeProvider clock)
    : JointAnalysisService.JointAnalysisServiceBase
{
    private const string AnalysisAudit = "JointAnalysis";

    public override async Task<GetJointAnalysisBasisResponse> GetJointAnalysisBasis(GetJointAnalysisBasisRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await scope.UnitsAsync(request.UnitId, Permissions.Read, ct);
        return new GetJointAnalysisBasisResponse { Basis = await basis.BuildAsync(request.UnitId, units, request.Year, request.Half.ToDomain()!.Value, ct) };
    }

    public override async Task<RecordJointAnalysisResponse> RecordJointAnalysis(RecordJointAnalysisRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await scope.UnitsAsync(request.UnitId, Permissions.Write, ct);
        var half = request.Half.ToDomain()!.Value;
        var conclusions = request.Conclusions.Trim();
        var actions = request.Actions.Select(a => new Domain.AnalysisAction(a.Action.Trim(), a.Responsible.Trim(), IsoDates.Parse(a.DueOn)!.Value)).ToList();
        var writer = new Actor(callers.Required.UserId, callers.Required.DisplayName);
        var latest = await VersionsOf(request.UnitId, request.Year, half).OrderByDescending(a => a.Version).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.IsRetryOf(request.SupersedesVersion, conclusions, actions, writer.UserId))
        {
            return new RecordJointAnalysisResponse { Analysis = ToProto(latest, superseded: false) };
        }
        var underlag = await basis.BuildAsync(request.UnitId, units, request.Year, half, ct);
        var analysis = Domain.JointAnalysisVersion.Record(
            Guid.CreateVersion7().ToString(), request.UnitId, request.Year, half, latest, request.SupersedesVersion, conclusions, actions,
            JsonFormatter.Default.Format(underlag), writer, SwedishCalendar.Today(clock), clock.Now());
        db.JointAnalyses.Add(analysis);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another writer recorded the same version meanwhile: the index is unique per scope, half-year and version.
            throw new Reporting.Domain.ReportingRuleException("VERSION_CHANGED", "Någon annan sparade en ny version av analysen samtidigt. Läs den och skriv om din ändring.");
        }
        return new RecordJointAnalysisResponse { Analysis = ToProto(analysis, superseded: false) };
    }

    public override async Task<GetJointAnalysisResponse> GetJointAnalysis(GetJointAnalysisRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var analysis = await db.JointAnalyses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AnalysisId, ct)
            ?? throw RpcErrors.NotFound($"Analysen {request.AnalysisId} finns inte.");
        await scope.UnitsAsync(analysis.UnitId, Permissions.Read, ct);
        var superseded = await VersionsOf(analysis.UnitId, analysis.Year, analysis.Half).AnyAsync(a => a.Version > analysis.Version, ct);
        await audit.RecordReadAsync(AnalysisAudit, analysis.Id, cancellationToken: ct);
        return new GetJointAnalysisResponse { Analysis = ToProto(analysis, superseded) };
    }

    public override async Task<ListJointAnalysesResponse> ListJointAnalyses(ListJointAnalysesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await scope.UnitsAsync(request.UnitId, Permissions.Read, ct);
        var analyses = db.JointAnalyses.AsNoTracking().Where(a => a.UnitId == request.UnitId);
        if (request.Year != 0)
        {
            analyses = analyses.Where(a => a.Year == request.Year);
        }
        if (request.Half.ToDomain() is { } half)
        {
            analyses = analyses.Where(a => a.Half == half);
        }
        var page = await analyses.PageAsync(request.PageSize, request.PageToken, newestFirst: true, ct);
        var years = page.Items.Select(a => a.Year).Distinct().ToList();
        var latest = await db.JointAnalyses.AsNoTracking()
            .Where(a => a.UnitId == request.UnitId && years.Contains(a.Year))
            .GroupBy(a => new { a.Year, a.Half })
            .Select(g => new { g.Key.Year, g.Key.Half, Version = g.Max(a => a.Version) })
            .ToListAsync(ct);
        return new ListJointAnalysesResponse
        {
            Analyses =
            {
                page.Items.Select(a => new JointAnalysisSummary
                {
                    AnalysisId = a.Id, Year = a.Year, Half = a.Half.ToProto(), Version = a.Version,
                    Superseded = latest.Any(l => l.Year == a.Year && l.Half == a.Half && l.Version > a.Version),
                    Actions = a.Actions.Count, WrittenAt = a.WrittenAt.ToProto(),
                }),
            },
            NextPageToken = page.NextPageToken,
        };
    }

    private IQueryable<Domain.JointAnalysisVersion> VersionsOf(string unitId, int year, Domain.HalfYear half) =>
        db.JointAnalyses.Where(a => a.UnitId == unitId && a.Year == year && a.Half == half);

    private static Contracts.Reporting.V1.JointAnalysis ToProto(Domain.JointAnalysisVersion analysis, bool superseded) => new()
    {
        AnalysisId = analysis.Id,
        UnitId = analysis.UnitId,
        Year = analysis.Year,
        Half = analysis.Half.ToProto(),
        Version = analysis.Version,
        Superseded = superseded,
        Conclusions = analysis.Conclusions,
        Actions = { analysis.Actions.Select(a => new JointAnalysisAction { Action = a.Action, Responsible = a.Responsible, DueOn = a.DueOn.ToIso() }) },
        WrittenBy = analysis.WrittenBy,
        WrittenByName = analysis.WrittenByName,
        WrittenAt = analysis.WrittenAt.ToProto(),
        Basis = JointAnalysisBasis.Parser.ParseJson(analysis.Basis),
    };
}
