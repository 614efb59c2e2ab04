using Ledningssystem.Incidents.Data;
using Ledningssystem.Incidents.Domain;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Identity;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Incidents.Api;

/// <summary>
/// Who sees and handles which incident, as <see cref="IncidentPermissions"/> says: the reporter their own reports; the
/// managers their subtree except lex Sarah cases; lex Sarah cases only lex Sarah handlers; MAS and the other HSL roles
/// untriaged reports and HSL incidents. Another tenant's incident is NOT_FOUND (the tenant filter).
/// </summary>
public sealed class IncidentAccess(IncidentsDb db, IAccessControl access, ICallerAccessor callers, IAuditTrail audit)
{
    public const string AuditType = "Incident";

    public Caller Caller => callers.Required;

    public Actor Actor => new(Caller.UserId, Caller.DisplayName);

    /// <summary>Loads the incident for a handler's step; PERMISSION_DENIED unless the caller handles it.</summary>
    public async Task<Domain.Incident> HandleAsync(string incidentId, CancellationToken cancellationToken)
    {
        var incident = await FindAsync(incidentId, cancellationToken);
        if (!await CanHandleAsync(incident, cancellationToken))
        {
            throw RpcErrors.PermissionDenied("Du hanterar inte den här avvikelsen.");
        }
        return incident;
    }

    /// <summary>Loads the incident for reading, records the read in the audit trail and says whether the caller sees it only as its reporter.</summary>
    public async Task<(Domain.Incident Incident, bool AsReporter)> ReadAsync(string incidentId, CancellationToken cancellationToken)
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

    public Task<bool> CanHandleAsync(Domain.Incident incident, CancellationToken cancellationToken) =>
        access.IsAllowedAnyAsync(IncidentPermissions.HandlersOf(incident.Kind), incident.UnitId, cancellationToken);

    /// <summary>Throws PERMISSION_DENIED unless the caller may triage the incident into <paramref name="kind"/>.</summary>
    public async Task RequireMayTriageAsAsync(Domain.Incident incident, Domain.IncidentKind kind, CancellationToken cancellationToken)
    {
        if (IncidentPermissions.ToTriageAs(kind) is { } permission && !await access.IsAllowedAsync(permission, incident.UnitId, cancellationToken))
        {
            throw RpcErrors.PermissionDenied("Du får inte bedöma avvikelsen som den typen.");
        }
    }

    /// <summary>Throws PERMISSION_DENIED unless the caller decides and sends the notification of the incident's track.</summary>
    public Task RequireNotifierAsync(Domain.Incident incident, CancellationToken cancellationToken) =>
        RequireAsync(IncidentPermissions.NotifierOf(incident.NotificationTrack), incident, cancellationToken);

    /// <summary>Throws PERMISSION_DENIED unless the caller holds <paramref name="permission"/> in the incident's unit.</summary>
    public Task RequireAsync(Permission permission, Domain.Incident incident, CancellationToken cancellationToken) =>
        access.RequireAsync(permission, incident.UnitId, cancellationToken);

    /// <summary>The incidents of the caller's tenant the caller may see: the query form of <see cref="CanHandleAsync"/>, plus the caller's own reports.</summary>
    public async Task<IQueryable<Domain.Incident>> VisibleAsync(CancellationToken cancellationToken)
    {
        var me = Caller.UserId;
        var handled = await access.UnitsAllowedAsync(IncidentPermissions.Handle, cancellationToken);
        var lexSarah = await access.UnitsAllowedAsync(IncidentPermissions.HandleLexSarah, cancellationToken);
        var healthCare = await access.UnitsAllowedAsync(IncidentPermissions.HandleHealthCare, cancellationToken);
        return db.Incidents.AsNoTracking().AsSplitQuery().Where(i =>
            i.ReporterId == me
            || (i.Kind != Domain.IncidentKind.LexSarah && handled.Contains(i.UnitId))
            || (i.Kind == Domain.IncidentKind.LexSarah && lexSarah.Contains(i.UnitId))
            || ((i.Kind == null || i.Kind == Domain.IncidentKind.HealthCare) && healthCare.Contains(i.UnitId)));
    }

    private async Task<Domain.Incident> FindAsync(string incidentId, CancellationToken cancellationToken) =>
        await db.Incidents.AsSplitQuery().SingleOrDefaultAsync(i => i.Id == incidentId, cancellationToken)
        ?? throw RpcErrors.NotFound($"Avvikelsen {incidentId} finns inte.");
}
