using Grpc.Core;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Events;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Api;

/// <summary>Riskanalyser: started with their participants, listed, read (audited) and completed.</summary>
public sealed partial class RisksApi
{
    public override async Task<CreateRiskAnalysisResponse> CreateRiskAnalysis(CreateRiskAnalysisRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireAsync(Domain.RiskPermissions.Work, request.UnitId, ct);
        var analysis = Domain.RiskAnalysis.Start(
            Guid.CreateVersion7().ToString(),
            risks.Caller.TenantId,
            request.UnitId,
            request.Subject.ToDomain(),
            request.DocumentId.Length > 0 ? request.DocumentId : null,
            request.Title,
            IsoDates.Parse(request.HeldOn)!.Value,
            request.Participants,
            risks.Actor,
            clock.Now);
        db.Analyses.Add(analysis);
        await db.SaveChangesAsync(ct);
        return new CreateRiskAnalysisResponse { Analysis = analysis.ToProto([]) };
    }

    public override async Task<GetRiskAnalysisResponse> GetRiskAnalysis(GetRiskAnalysisRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var analysis = await risks.AnalysisAsync(request.AnalysisId, ct);
        await risks.AuditReadAsync(analysis, ct);
        return new GetRiskAnalysisResponse { Analysis = analysis.ToProto(await RiskIdsOfAsync(analysis.Id, ct)) };
    }

    public override async Task<ListRiskAnalysesResponse> ListRiskAnalyses(ListRiskAnalysesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await risks.UnitsAsync(Domain.RiskPermissions.Work, ct);
        var query = db.Analyses.AsNoTracking().Where(a => units.Contains(a.UnitId));
        if (request.UnitId.Length > 0)
        {
            var subtree = await SubtreeAsync(request.UnitId, ct);
            query = query.Where(a => subtree.Contains(a.UnitId));
        }
        var page = await query.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListRiskAnalysesResponse { Analyses = { page.Items.Select(a => a.ToSummary()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<CompleteRiskAnalysisResponse> CompleteRiskAnalysis(CompleteRiskAnalysisRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var analysis = await risks.AnalysisAsync(request.AnalysisId, ct);
        var found = await db.Risks.AsNoTracking().Where(r => r.AnalysisId == analysis.Id).ToListAsync(ct);
        analysis.Complete(found, risks.Actor, clock.Now);
        var riskIds = found.Select(r => r.Id).ToList();
        Publish(analysis.Id, RiskEvents.AnalysisCompleted(analysis, riskIds));
        await db.SaveChangesAsync(ct);
        return new CompleteRiskAnalysisResponse { Analysis = analysis.ToProto(riskIds) };
    }

    private async Task<List<string>> RiskIdsOfAsync(string analysisId, CancellationToken ct) =>
        await db.Risks.AsNoTracking().Where(r => r.AnalysisId == analysisId).Select(r => r.Id).ToListAsync(ct);
}
