using Grpc.Core;
using Ledningssystem.Contracts.Risks.V1;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Api;

/// <summary>The matrix view of a unit's subtree on a date, before or after actions, and the risks behind a cell; no personal data.</summary>
public sealed partial class RisksApi
{
    public override async Task<GetMatrixViewResponse> GetMatrixView(GetMatrixViewRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var on = IsoDates.Parse(request.On)!.Value;
        var placed = await PlacedAsync(request.UnitId, on, request.Basis.ToDomain(), ct);
        var matrix = await matrices.OnAsync(on, ct);
        var counts = placed.Where(p => p.Assessment is not null)
            .GroupBy(p => (p.Assessment!.Probability, p.Assessment.Consequence))
            .ToDictionary(g => g.Key, g => g.Count());
        var response = new GetMatrixViewResponse
        {
            Matrix = matrix.ToProto(),
            Unassessed = placed.Count(p => p.Assessment is null),
            OutsideScale = counts.Where(c => !matrix.Contains(c.Key.Probability, c.Key.Consequence)).Sum(c => c.Value),
        };
        for (var probability = 1; probability <= matrix.ProbabilityLabels.Count; probability++)
        {
            for (var consequence = 1; consequence <= matrix.ConsequenceLabels.Count; consequence++)
            {
                response.Cells.Add(new MatrixCell
                {
                    Probability = probability,
                    Consequence = consequence,
                    Level = matrix.LevelOf(probability, consequence).ToProto(),
                    Count = counts.GetValueOrDefault((probability, consequence)),
                });
            }
        }
        return response;
    }

    public override async Task<ListMatrixCellResponse> ListMatrixCell(ListMatrixCellRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var placed = await PlacedAsync(request.UnitId, IsoDates.Parse(request.On)!.Value, request.Basis.ToDomain(), ct);
        var inCell = placed
            .Where(p => p.Assessment is { } a && a.Probability == request.Probability && a.Consequence == request.Consequence)
            .Select(p => p.Risk.Id)
            .ToList();
        var page = await db.Risks.AsNoTracking().Where(r => inCell.Contains(r.Id)).PageAsync(request.PageSize, request.PageToken, ct);
        return new ListMatrixCellResponse { Risks = { page.Items.Select(r => r.ToSummary()) }, NextPageToken = page.NextPageToken };
    }

    /// <summary>The risks of the subtree open on <paramref name="on"/>, each with the assessment that places it (null: not assessed by then).</summary>
    private async Task<List<(Domain.Risk Risk, Domain.Assessment? Assessment)>> PlacedAsync(
        string unitId, DateOnly on, Domain.MatrixBasis basis, CancellationToken ct)
    {
        await access.RequireAsync(Domain.RiskPermissions.Overview, unitId, ct);
        var subtree = await SubtreeAsync(unitId, ct);
        var candidates = await db.Risks.AsNoTracking().Where(r => subtree.Contains(r.UnitId) && r.IdentifiedOn <= on).ToListAsync(ct);
        return [.. candidates.Where(r => r.IsOpenOn(on)).Select(r => (r, r.PlacedOn(on, basis)))];
    }
}
