using Ledningssystem.Complaints.Data;
using Ledningssystem.Complaints.Domain;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Identity;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Complaints.Api;

/// <summary>
/// Who sees and handles which complaint, as <see cref="ComplaintPermissions"/> says: the managers of the unit's
/// subtree, and for a complaint that concerns hälso- och sjukvård also MAS, MAR and verksamhetschef HSL. Another
/// tenant's complaint is NOT_FOUND (the tenant filter).
/// </summary>
public sealed class ComplaintAccess(ComplaintsDb db, IAccessControl access, ICallerAccessor callers, IAuditTrail audit)
{
    public const string AuditType = "Complaint";

    public Caller Caller => callers.Required;

    public Actor Actor => new(Caller.UserId, Caller.DisplayName);

    /// <summary>Loads the complaint for a handler's step; PERMISSION_DENIED unless the caller handles it.</summary>
    public async Task<Complaint> HandleAsync(string complaintId, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == complaintId, cancellationToken)
            ?? throw RpcErrors.NotFound($"Klagomålet {complaintId} finns inte.");
        return await access.IsAllowedAnyAsync(ComplaintPermissions.HandlersOf(complaint.HealthCare), complaint.UnitId, cancellationToken)
            ? complaint
            : throw RpcErrors.PermissionDenied("Du hanterar inte det här klagomålet.");
    }

    /// <summary>Loads the complaint for reading by a handler and records the read in the audit trail.</summary>
    public async Task<Complaint> ReadAsync(string complaintId, CancellationToken cancellationToken)
    {
        var complaint = await HandleAsync(complaintId, cancellationToken);
        await audit.RecordReadAsync(AuditType, complaint.Id, cancellationToken: cancellationToken);
        return complaint;
    }

    /// <summary>Records in the audit trail that the complaint's personal data went to another tenant.</summary>
    public Task RecordHandoverAsync(Complaint complaint, CancellationToken cancellationToken) =>
        audit.RecordExportAsync(AuditType, complaint.Id, $"Överlämnat till {complaint.ForwardedToTenantId} ({complaint.ForwardedToReference})", cancellationToken);

    /// <summary>The complaints of the caller's tenant the caller handles: the query form of <see cref="HandleAsync"/>.</summary>
    public async Task<IQueryable<Complaint>> HandledAsync(CancellationToken cancellationToken)
    {
        var handled = await access.UnitsAllowedAsync(ComplaintPermissions.Handle, cancellationToken);
        var healthCare = await access.UnitsAllowedAsync(ComplaintPermissions.HandleHealthCare, cancellationToken);
        return db.Complaints.AsNoTracking().Where(c => handled.Contains(c.UnitId) || (c.HealthCare && healthCare.Contains(c.UnitId)));
    }
}
