using Ledningssystem.Risks.Data;
using Ledningssystem.Risks.Domain;
using Ledningssystem.Rpc.Errors;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Identity;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Risks.Api;

/// <summary>
/// Who may work on or see which risk, riskanalys and RoV, as <see cref="RiskPermissions"/> says, for the unit it belongs
/// to (a role counts for the unit's subtree). Another tenant's is NOT_FOUND (the tenant filter).
/// </summary>
public sealed class RiskAccess(RisksDb db, IAccessControl access, ICallerAccessor callers, IAuditTrail audit)
{
    public Caller Caller => callers.Required;

    public Actor Actor => new(Caller.UserId, Caller.DisplayName);

    /// <summary>Loads a risk to work on; PERMISSION_DENIED unless the caller works on its unit.</summary>
    public async Task<Risk> RiskAsync(string riskId, CancellationToken cancellationToken) =>
        await AllowedAsync(
            await db.Risks.SingleOrDefaultAsync(r => r.Id == riskId, cancellationToken) ?? throw RpcErrors.NotFound($"Risken {riskId} finns inte."),
            RiskPermissions.Work,
            cancellationToken);

    /// <summary>Loads a riskanalys to work on; PERMISSION_DENIED unless the caller works on its unit.</summary>
    public async Task<RiskAnalysis> AnalysisAsync(string analysisId, CancellationToken cancellationToken) =>
        await AllowedAsync(
            await db.Analyses.SingleOrDefaultAsync(a => a.Id == analysisId, cancellationToken) ?? throw RpcErrors.NotFound($"Riskanalysen {analysisId} finns inte."),
            RiskPermissions.Work,
            cancellationToken);

    /// <summary>Loads an RoV for <paramref name="permission"/> on its unit.</summary>
    public async Task<RiskAndMaterialityAnalysis> RovAsync(string rovId, Permission permission, CancellationToken cancellationToken) =>
        await AllowedAsync(
            await db.Rovs.SingleOrDefaultAsync(r => r.Id == rovId, cancellationToken) ?? throw RpcErrors.NotFound($"Risk- och väsentlighetsanalysen {rovId} finns inte."),
            permission,
            cancellationToken);

    /// <summary>Records that the caller read the personal data of <paramref name="entity"/>.</summary>
    public Task AuditReadAsync<T>(T entity, CancellationToken cancellationToken)
        where T : IPersonalData =>
        audit.RecordReadAsync(typeof(T).Name, entity.AuditId, cancellationToken: cancellationToken);

    /// <summary>The units in which the caller holds <paramref name="permission"/>, for list filters.</summary>
    public Task<IReadOnlyList<string>> UnitsAsync(Permission permission, CancellationToken cancellationToken) =>
        access.UnitsAllowedAsync(permission, cancellationToken);

    private async Task<T> AllowedAsync<T>(T entity, Permission permission, CancellationToken cancellationToken)
        where T : IUnitOwned =>
        await access.IsAllowedAsync(permission, entity.UnitId, cancellationToken)
            ? entity
            : throw RpcErrors.PermissionDenied("Du arbetar inte med riskerna på den här enheten.");
}
