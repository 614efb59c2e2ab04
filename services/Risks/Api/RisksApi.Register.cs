using Grpc.Core;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Risks.Events;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Api;

/// <summary>The risk register: identifying, reading (audited), listing, assessing, actions, closing and links.</summary>
public sealed partial class RisksApi
{
    public override async Task<IdentifyRiskResponse> IdentifyRisk(IdentifyRiskRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireAsync(Domain.RiskPermissions.Work, request.UnitId, ct);
        if (request.AnalysisId.Length > 0)
        {
            var analysis = await risks.AnalysisAsync(request.AnalysisId, ct);
            if (!(await SubtreeAsync(analysis.UnitId, ct)).Contains(request.UnitId))
            {
                throw RpcErrors.InvalidArgument("unit_id", "Risken ska höra till riskanalysens enhet eller en enhet under den.");
            }
            analysis.RequireOpen();
        }
        var now = clock.Now;
        var risk = Domain.Risk.Identify(
            Guid.CreateVersion7().ToString(),
            risks.Caller.TenantId,
            new Domain.RiskContent(
                request.UnitId,
                request.AnalysisId.Length > 0 ? request.AnalysisId : null,
                request.DocumentId.Length > 0 ? request.DocumentId : null,
                request.Title,
                request.Description,
                request.Cause,
                request.PossibleConsequence,
                request.Owner,
                IsoDates.Parse(request.IdentifiedOn)!.Value),
            risks.Actor,
            now);
        db.Risks.Add(risk);
        Publish(risk.Id, RiskEvents.Identified(risk, now));
        await db.SaveChangesAsync(ct);
        return new IdentifyRiskResponse { Risk = risk.ToProto() };
    }

    public override async Task<GetRiskResponse> GetRisk(GetRiskRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var risk = await risks.RiskAsync(request.RiskId, ct);
        await risks.AuditReadAsync(risk, ct);
        return new GetRiskResponse { Risk = risk.ToProto() };
    }

    public override async Task<ListRisksResponse> ListRisks(ListRisksRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await risks.UnitsAsync(Domain.RiskPermissions.Work, ct);
        var query = db.Risks.AsNoTracking().Where(r => units.Contains(r.UnitId));
        if (request.UnitId.Length > 0)
        {
            var subtree = await SubtreeAsync(request.UnitId, ct);
            query = query.Where(r => subtree.Contains(r.UnitId));
        }
        if (request.State != RiskState.Unspecified)
        {
            var state = request.State.ToDomain();
            query = query.Where(r => r.State == state);
        }
        if (request.Level != RiskLevel.Unspecified)
        {
            var level = request.Level.ToDomain();
            query = query.Where(r => r.Level == level);
        }
        var page = await query.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListRisksResponse { Risks = { page.Items.Select(r => r.ToSummary()) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<AssessRiskResponse> AssessRisk(AssessRiskRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var risk = await risks.RiskAsync(request.RiskId, ct);
        var assessment = risk.Assess(
            request.Kind.ToDomain(), await matrices.CurrentAsync(ct), request.Probability, request.Consequence, request.Grounds, risks.Actor, clock.Now);
        Publish(risk.Id, RiskEvents.Assessed(risk, assessment));
        await db.SaveChangesAsync(ct);
        return new AssessRiskResponse { Risk = risk.ToProto() };
    }

    public override async Task<DecideRiskActionResponse> DecideRiskAction(DecideRiskActionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var risk = await risks.RiskAsync(request.RiskId, ct);
        var now = clock.Now;
        var action = risk.DecideAction(
            Guid.CreateVersion7().ToString(), request.Description, request.Responsible, IsoDates.Parse(request.DueOn)!.Value, risks.Actor, now);
        Publish(risk.Id, RiskEvents.ActionDecided(risk, action, now));
        await db.SaveChangesAsync(ct);
        return new DecideRiskActionResponse { Risk = risk.ToProto() };
    }

    public override async Task<CompleteRiskActionResponse> CompleteRiskAction(CompleteRiskActionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var risk = await risks.RiskAsync(request.RiskId, ct);
        var now = clock.Now;
        var action = risk.CompleteAction(request.ActionId, IsoDates.Parse(request.CompletedOn)!.Value, risks.Actor, now);
        Publish(risk.Id, RiskEvents.ActionCompleted(risk, action, now));
        await db.SaveChangesAsync(ct);
        return new CompleteRiskActionResponse { Risk = risk.ToProto() };
    }

    public override async Task<CloseRiskResponse> CloseRisk(CloseRiskRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var risk = await risks.RiskAsync(request.RiskId, ct);
        var now = clock.Now;
        risk.Close(request.Outcome.ToDomain(), request.Reason, risks.Actor, now);
        Publish(risk.Id, RiskEvents.Closed(risk, now));
        await db.SaveChangesAsync(ct);
        return new CloseRiskResponse { Risk = risk.ToProto() };
    }

    public override async Task<LinkRiskResponse> LinkRisk(LinkRiskRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var risk = await risks.RiskAsync(request.RiskId, ct);
        if (risk.Link(request.Kind.ToDomain(), request.TargetId, risks.Actor, clock.Now))
        {
            await db.SaveChangesAsync(ct);
        }
        return new LinkRiskResponse { Risk = risk.ToProto() };
    }
}
