using Grpc.Core;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;

namespace Ledningssystem.Complaints.Api;

/// <summary>Reading: one complaint (audited) and the lists of what the caller handles.</summary>
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
}
