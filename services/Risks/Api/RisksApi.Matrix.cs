using Grpc.Core;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.Rpc.Errors;

namespace Ledningssystem.Risks.Api;

/// <summary>The tenant's risk matrix and its versions.</summary>
public sealed partial class RisksApi
{
    public override async Task<GetRiskMatrixResponse> GetRiskMatrix(GetRiskMatrixRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        if (request.Version > 0)
        {
            var version = await matrices.VersionAsync(request.Version, ct) ?? throw RpcErrors.NotFound($"Riskmatrisen har ingen version {request.Version}.");
            return new GetRiskMatrixResponse { Matrix = version.ToProto() };
        }
        var current = await matrices.CurrentAsync(ct);
        await db.SaveChangesAsync(ct);
        return new GetRiskMatrixResponse { Matrix = current.ToProto() };
    }

    public override async Task<UpdateRiskMatrixResponse> UpdateRiskMatrix(UpdateRiskMatrixRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireTenantWideAsync(Domain.RiskPermissions.Configure, ct);
        var next = (await matrices.CurrentAsync(ct)).Next(
            request.ProbabilityLabels, request.ConsequenceLabels, [.. request.Levels.Select(l => l.ToDomain())], clock.Now);
        db.Matrices.Add(next);
        await db.SaveChangesAsync(ct);
        return new UpdateRiskMatrixResponse { Matrix = next.ToProto() };
    }
}
