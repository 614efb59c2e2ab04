using Grpc.Core;
using Ledningssystem.Complaints.Events;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Complaints.Api;

/// <summary>Forwarding a complaint to another tenant on the platform.</summary>
public sealed partial class ComplaintsApi
{
    /// <summary>
    /// The handover and the receiving tenant's new complaint commit together: the record is saved in the caller's
    /// tenant, the received complaint (its creation audited there) in the receiving tenant, in one transaction.
    /// </summary>
    public override async Task<ForwardComplaintResponse> ForwardComplaint(ForwardComplaintRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var complaint = await complaints.HandleAsync(request.ComplaintId, ct);
        if (await providers.NamesAsync(request.TenantId, request.UnitId, ct) is null)
        {
            throw RpcErrors.InvalidArgument("unit_id", "Välj en enhet hos den mottagande huvudmannen eller vårdgivaren.");
        }
        var now = clock.Now;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var received = complaint.Forward(
            Guid.CreateVersion7().ToString(),
            new Domain.Handover(request.TenantId, request.UnitId, await intake.NewReferenceAsync(ct)),
            request.Reason,
            complaints.Actor,
            now,
            clock.Today);
        Publish(complaint, ComplaintEvents.Forwarded(complaint, now));
        var record = await SaveAsync(complaint, ct);
        await complaints.RecordHandoverAsync(complaint, ct);
        using (TenantContext.Use(request.TenantId))
        {
            received.Schedule(await intake.LevelsAsync(request.TenantId, ct));
            db.Complaints.Add(received);
            Publish(received, ComplaintEvents.Received(received));
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new ForwardComplaintResponse { Complaint = record };
    }
}
