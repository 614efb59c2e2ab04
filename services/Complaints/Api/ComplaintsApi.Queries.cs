using System.Globalization;
using Grpc.Core;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Api;

/// <summary>Reading: one complaint (audited), the lists of what the caller handles, and the statistics.</summary>
public sealed partial class ComplaintsApi
{
    public override async Task<GetComplaintResponse> GetComplaint(GetComplaintRequest request, ServerCallContext context)
    {
        var complaint = await complaints.ReadAsync(request.ComplaintId, context.CancellationToken);
        return new GetComplaintResponse { Complaint = complaint.ToProto(clock.Now) };
    }

    public override async Task<ListComplaintsResponse> ListComplaints(ListComplaintsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = clock.Now;
        var query = await complaints.HandledAsync(ct);
        if (request.UnitId.Length > 0)
        {
            var subtree = await organization.SubtreeAsync(request.UnitId, ct) ?? throw RpcErrors.NotFound($"Enheten {request.UnitId} finns inte.");
            query = query.Where(c => subtree.Contains(c.UnitId));
        }
        if (request.Kind != ComplaintKind.Unspecified)
        {
            var kind = request.Kind.ToDomain();
            query = query.Where(c => c.Kind == kind);
        }
        if (request.State != ComplaintState.Unspecified)
        {
            var state = request.State.ToDomain();
            query = query.Where(c => c.State == state);
        }
        if (request.Channel != Channel.Unspecified)
        {
            var channel = request.Channel.ToDomain();
            query = query.Where(c => c.Channel == channel);
        }
        if (request.CategoryId.Length > 0)
        {
            query = query.Where(c => c.CategoryIds.Contains(request.CategoryId));
        }
        if (IsoDates.Parse(request.ReceivedFrom) is { } from)
        {
            query = query.Where(c => c.ReceivedOn >= from);
        }
        if (IsoDates.Parse(request.ReceivedTo) is { } to)
        {
            query = query.Where(c => c.ReceivedOn <= to);
        }
        if (request.OverdueOnly)
        {
            query = query.Where(c => c.DueAt != null && c.DueAt <= now);
        }
        var page = await query.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListComplaintsResponse { Complaints = { page.Items.Select(c => c.ToSummary(now)) }, NextPageToken = page.NextPageToken };
    }

    public override async Task<GetStatisticsResponse> GetStatistics(GetStatisticsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var units = await access.UnitsAllowedAsync(Domain.ComplaintPermissions.ReadStatistics, ct);
        if (units.Count == 0)
        {
            throw RpcErrors.PermissionDenied("Du kan inte läsa statistik över klagomål.");
        }
        if (request.UnitId.Length > 0)
        {
            var subtree = await organization.SubtreeAsync(request.UnitId, ct) ?? throw RpcErrors.NotFound($"Enheten {request.UnitId} finns inte.");
            units = [.. units.Intersect(subtree)];
        }
        var from = IsoDates.Parse(request.ReceivedFrom)!.Value;
        var to = IsoDates.Parse(request.ReceivedTo)!.Value;
        // Only unit, kind, categories and the day received leave the database: no personal data reaches the counts.
        var received = await db.Complaints.AsNoTracking()
            .Where(c => units.Contains(c.UnitId) && c.ReceivedOn >= from && c.ReceivedOn <= to)
            .Select(c => new { c.UnitId, c.Kind, c.CategoryIds, c.ReceivedOn })
            .ToListAsync(ct);
        var counted = received.SelectMany(c => c.CategoryIds.DefaultIfEmpty("")
            .Select(category => (c.UnitId, c.Kind, Category: category, Month: c.ReceivedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture))));
        return new GetStatisticsResponse
        {
            Rows =
            {
                counted.GroupBy(row => row)
                    .OrderBy(g => g.Key.UnitId, StringComparer.Ordinal).ThenBy(g => g.Key.Month, StringComparer.Ordinal)
                    .ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Category, StringComparer.Ordinal)
                    .Select(g => new StatisticsRow { UnitId = g.Key.UnitId, Kind = g.Key.Kind.ToProto(), CategoryId = g.Key.Category, Month = g.Key.Month, Count = g.Count() }),
            },
        };
    }
}
