using Grpc.Core;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Events;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Api;

/// <summary>The yearly risk- och väsentlighetsanalys: created, rated, controls chosen, adopted (InternalControlPlanAdopted); the nämnd reads it.</summary>
public sealed partial class RisksApi
{
    public override async Task<CreateRiskAndMaterialityAnalysisResponse> CreateRiskAndMaterialityAnalysis(
        CreateRiskAndMaterialityAnalysisRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireAsync(Domain.RiskPermissions.PrepareRov, request.UnitId, ct);
        await SubtreeAsync(request.UnitId, ct);
        if (await db.Rovs.AnyAsync(r => r.UnitId == request.UnitId && r.Year == request.Year, ct))
        {
            throw RpcErrors.AlreadyExists($"Enheten har redan en risk- och väsentlighetsanalys för {request.Year}.");
        }
        var rov = Domain.RiskAndMaterialityAnalysis.Create(Guid.CreateVersion7().ToString(), risks.Caller.TenantId, request.UnitId, request.Year, risks.Actor, clock.Now);
        db.Rovs.Add(rov);
        await db.SaveChangesAsync(ct);
        return new CreateRiskAndMaterialityAnalysisResponse { Rov = rov.ToProto() };
    }

    public override async Task<GetRiskAndMaterialityAnalysisResponse> GetRiskAndMaterialityAnalysis(
        GetRiskAndMaterialityAnalysisRequest request, ServerCallContext context) =>
        new() { Rov = (await risks.RovAsync(request.RovId, Domain.RiskPermissions.Overview, context.CancellationToken)).ToProto() };

    public override async Task<ListRiskAndMaterialityAnalysesResponse> ListRiskAndMaterialityAnalyses(
        ListRiskAndMaterialityAnalysesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await risks.UnitsAsync(Domain.RiskPermissions.Overview, ct);
        var page = await db.Rovs.AsNoTracking().Where(r => units.Contains(r.UnitId)).PageAsync(request.PageSize, request.PageToken, ct);
        return new ListRiskAndMaterialityAnalysesResponse { Rovs = { page.Items.Select(r => r.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<RateRiskResponse> RateRisk(RateRiskRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var rov = await risks.RovAsync(request.RovId, Domain.RiskPermissions.PrepareRov, ct);
        var risk = await db.Risks.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.RiskId, ct)
            ?? throw RpcErrors.NotFound($"Risken {request.RiskId} finns inte.");
        rov.Rate(risk, (await SubtreeAsync(rov.UnitId, ct)).Contains(risk.UnitId), request.Materiality, risks.Actor, clock.Now);
        await db.SaveChangesAsync(ct);
        return new RateRiskResponse { Rov = rov.ToProto() };
    }

    public override async Task<ChooseControlResponse> ChooseControl(ChooseControlRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var rov = await risks.RovAsync(request.RovId, Domain.RiskPermissions.PrepareRov, ct);
        rov.Choose(
            request.RiskId,
            new Domain.ChosenControl(request.Control, request.ResponsibleRole, request.DocumentId.Length > 0 ? request.DocumentId : null, [.. request.Months.Distinct().Order()]),
            risks.Actor,
            clock.Now);
        await db.SaveChangesAsync(ct);
        return new ChooseControlResponse { Rov = rov.ToProto() };
    }

    public override async Task<AdoptRiskAndMaterialityAnalysisResponse> AdoptRiskAndMaterialityAnalysis(
        AdoptRiskAndMaterialityAnalysisRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var rov = await risks.RovAsync(request.RovId, Domain.RiskPermissions.PrepareRov, ct);
        var plan = rov.Adopt(risks.Actor, clock.Now);
        Publish(rov.Id, RiskEvents.PlanAdopted(rov, plan));
        await db.SaveChangesAsync(ct);
        return new AdoptRiskAndMaterialityAnalysisResponse { Rov = rov.ToProto() };
    }
}
