using Grpc.Core;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Api;

/// <summary>Beröm passed on to the unit's staff: a handler writes it, every staff member of the unit reads it.</summary>
public sealed partial class ComplaintsApi
{
    public override async Task<SharePraiseResponse> SharePraise(SharePraiseRequest request, ServerCallContext context)
    {
        var complaint = await complaints.HandleAsync(request.ComplaintId, context.CancellationToken);
        complaint.SharePraise(request.Text, complaints.Actor, clock.Now);
        return new SharePraiseResponse { Complaint = await SaveAsync(complaint, context.CancellationToken) };
    }

    /// <summary>Only the handler's words leave the database: not the sender's text, not who sent it.</summary>
    public override async Task<ListFeedbackResponse> ListFeedback(ListFeedbackRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        await access.RequireAsync(Domain.ComplaintPermissions.Register, request.UnitId, ct);
        var subtree = await organization.SubtreeAsync(request.UnitId, ct) ?? throw RpcErrors.NotFound($"Enheten {request.UnitId} finns inte.");
        var shared = db.Complaints.AsNoTracking().Where(c => c.FeedbackSharedAt != null && subtree.Contains(c.UnitId));
        var page = await shared.PageAsync(request.PageSize, request.PageToken, ct);
        return new ListFeedbackResponse { Feedback = { page.Items.Select(c => c.ToFeedbackItem()) }, NextPageToken = page.NextPageToken };
    }
}
