using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Domain;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Api;

/// <summary>
/// Who sees and handles which incident: the reporter their own reports; the managers (<see cref="IncidentPermissions.Handle"/>)
/// their subtree except lex Sarah cases; lex Sarah cases only <see cref="IncidentPermissions.HandleLexSarah"/>; MAS and
/// the other HSL roles untriaged reports and HSL incidents. Another tenant's incident is NOT_FOUND (the tenant filter).
/// </summary>
public sealed class IncidentAccess(IncidentsDb db, IAccessControl access, ICallerAccessor callers, IAuditTrail audit)
{
    public const string AuditType = "Incident";

    public Caller Caller => callers.Required;

    public Actor Actor => new(Caller.UserId, Caller.DisplayName);

    /// <summary>Loads the incident for a handler's step; PERMISSION_DENIED unless the caller handles it.</summary>
    public async Task<Incident> HandleAsync(string incidentId, CancellationToken cancellationToken)
    {
        var incident = await FindAsync(incidentId, cancellationToken);
        if (!await CanHandleAsync(incident, cancellationToken))
        {
            throw RpcErrors.PermissionDenied("Du hanterar inte den här avvikelsen.");
        }
        return incident;
    }

    /// <summary>Loads the incident for reading, records the read in the audit trail and says whether the caller sees it only as its reporter.</summary>
    public async Task<(Incident Incident, bool AsReporter)> ReadAsync(string incidentId, CancellationToken cancellationToken)
    {
        var incident = await FindAsync(incidentId, cancellationToken);
        var handles = await CanHandleAsync(incident, cancellationToken);
        if (!handles && incident.ReporterId != Caller.UserId)
        {
            throw RpcErrors.PermissionDenied("Du kan inte se den här avvikelsen.");
        }
        await audit.RecordReadAsync(AuditType, incident.Id, cancellationToken: cancellationToken);
        return (incident, !handles);
    }

    public async Task<bool> CanHandleAsync(Incident incident, CancellationToken cancellationToken) => incident.Kind switch
    {
        IncidentKind.LexSarah => await access.IsAllowedAsync(IncidentPermissions.HandleLexSarah, incident.UnitId, cancellationToken),
        null or IncidentKind.HealthCare => await access.IsAllowedAsync(IncidentPermissions.Handle, incident.UnitId, cancellationToken)
            || await access.IsAllowedAsync(IncidentPermissions.HandleHealthCare, incident.UnitId, cancellationToken),
        _ => await access.IsAllowedAsync(IncidentPermissions.Handle, incident.UnitId, cancellationToken),
    };

    /// <summary>Throws PERMISSION_DENIED unless the caller holds <paramref name="permission"/> in the incident's unit.</summary>
    public Task RequireAsync(Permission permission, Incident incident, CancellationToken cancellationToken) =>
        access.RequireAsync(permission, incident.UnitId, cancellationToken);

    public Task<bool> IsAllowedAsync(Permission permission, string unitId, CancellationToken cancellationToken) =>
        access.IsAllowedAsync(permission, unitId, cancellationToken);

    /// <summary>The incidents of the caller's tenant the caller may see.</summary>
    public async Task<IQueryable<Incident>> VisibleAsync(CancellationToken cancellationToken)
    {
        var me = Caller.UserId;
        var handled = await access.UnitsAllowedAsync(IncidentPermissions.Handle, cancellationToken);
        var lexSarah = await access.UnitsAllowedAsync(IncidentPermissions.HandleLexSarah, cancellationToken);
        var healthCare = await access.UnitsAllowedAsync(IncidentPermissions.HandleHealthCare, cancellationToken);
        return db.Incidents.AsNoTracking().AsSplitQuery().Where(i =>
            i.ReporterId == me
            || (i.Kind != IncidentKind.LexSarah && handled.Contains(i.UnitId))
            || (i.Kind == IncidentKind.LexSarah && lexSarah.Contains(i.UnitId))
            || ((i.Kind == null || i.Kind == IncidentKind.HealthCare) && healthCare.Contains(i.UnitId)));
    }

    private async Task<Incident> FindAsync(string incidentId, CancellationToken cancellationToken) =>
        await db.Incidents.AsSplitQuery().SingleOrDefaultAsync(i => i.Id == incidentId, cancellationToken)
        ?? throw RpcErrors.NotFound($"Avvikelsen {incidentId} finns inte.");
}
