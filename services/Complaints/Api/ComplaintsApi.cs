using Google.Protobuf;
using Ledningssystem.Complaints.Data;
using Ledningssystem.Contracts.Complaints.V1;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Api;

/// <summary>
/// The staff's complaints API over gRPC: each step loads the complaint, lets the domain decide, publishes and saves
/// once. The workflow, forwarding, linked incidents, the queries, the categories and the service levels are in the files named after them.
/// </summary>
public sealed partial class ComplaintsApi(
    ComplaintsDb db,
    ComplaintAccess complaints,
    IAccessControl access,
    IOrganizationDirectory organization,
    IProviderDirectory providers,
    IEventPublisher publisher,
    ComplaintIntake intake,
    ComplaintIncidents incidents,
    WorkflowClock clock) : ComplaintService.ComplaintServiceBase
{
    private void Publish(Domain.Complaint complaint, IMessage message) => publisher.Publish(message, complaint.Id);

    private async Task<Complaint> SaveAsync(Domain.Complaint complaint, CancellationToken ct)
    {
        complaint.Schedule(await intake.LevelsAsync(complaints.Caller.TenantId, ct));
        await db.SaveChangesAsync(ct);
        return complaint.ToProto(clock.Now);
    }

    /// <summary>NOT_FOUND naming the first category the tenant does not have.</summary>
    private async Task RequireCategoriesAsync(IEnumerable<string> categoryIds, CancellationToken ct)
    {
        var wanted = categoryIds.Distinct(StringComparer.Ordinal).ToList();
        var known = await (await intake.CategoriesAsync(ct)).Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        if (wanted.Except(known).FirstOrDefault() is { } missing)
        {
            throw RpcErrors.NotFound($"Kategorin {missing} finns inte.");
        }
    }
}
