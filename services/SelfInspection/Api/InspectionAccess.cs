using Ledningssystem.Rpc.Errors;
using Ledningssystem.SelfInspection.Data;
using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.ServiceDefaults.Access;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Identity;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.SelfInspection.Api;

/// <summary>
/// Who sees and does what, as <see cref="SelfInspectionPermissions"/> says: plans by the unit's subtree; carrying out,
/// answers and findings by the unit's chefs and kvalitetsutvecklare, for an HSL activity also MAS, MAR and
/// verksamhetschef HSL, and by the person the activity names as responsible. Another tenant's records are NOT_FOUND (the
/// tenant filter).
/// </summary>
public sealed class InspectionAccess(SelfInspectionDb db, IAccessControl access, ICallerAccessor callers, IAuditTrail audit, IOrganizationDirectory organization)
{
    public const string ExecutionAuditType = "InspectionExecution";
    public const string FindingAuditType = "InspectionFinding";

    public Caller Caller => callers.Required;

    public Actor Actor => new(Caller.UserId, Caller.DisplayName);

    /// <summary>Loads the plan; PERMISSION_DENIED unless the caller holds <paramref name="permission"/> on its unit.</summary>
    public async Task<InspectionPlan> PlanAsync(string planId, Permission permission, CancellationToken ct)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId, ct) ?? throw RpcErrors.NotFound($"Planen {planId} finns inte.");
        await access.RequireAsync(permission, plan.UnitId, ct);
        return plan;
    }

    /// <summary>Loads the occurrence for carrying it out or cancelling it.</summary>
    public Task<Occurrence> OccurrenceAsync(string occurrenceId, CancellationToken ct) =>
        CarriedOutAsync(db.Occurrences, occurrenceId, $"Tillfället {occurrenceId} finns inte.", ct);

    /// <summary>Loads the execution for reading and records the read in the audit trail.</summary>
    public async Task<Execution> ReadExecutionAsync(string executionId, CancellationToken ct)
    {
        var execution = await ExecutionAsync(executionId, ct);
        await audit.RecordReadAsync(ExecutionAuditType, execution.Id, cancellationToken: ct);
        return execution;
    }

    public Task<Execution> ExecutionAsync(string executionId, CancellationToken ct) =>
        CarriedOutAsync(db.Executions, executionId, $"Egenkontrollen {executionId} finns inte.", ct);

    public Task<Finding> FindingAsync(string findingId, CancellationToken ct) =>
        CarriedOutAsync(db.Findings, findingId, $"Iakttagelsen {findingId} finns inte.", ct);

    public async Task<Finding> ReadFindingAsync(string findingId, CancellationToken ct)
    {
        var finding = await FindingAsync(findingId, ct);
        await audit.RecordReadAsync(FindingAuditType, finding.Id, cancellationToken: ct);
        return finding;
    }

    /// <summary>The findings the caller handles: the query form of <see cref="FindingAsync"/>.</summary>
    public async Task<IQueryable<Finding>> FindingsAsync(CancellationToken ct)
    {
        var units = await access.UnitsAllowedAsync(SelfInspectionPermissions.CarryOut, ct);
        var healthCare = await access.UnitsAllowedAsync(SelfInspectionPermissions.CarryOutHealthCare, ct);
        var me = Caller.UserId;
        return db.Findings.AsNoTracking()
            .Where(f => units.Contains(f.UnitId) || (f.HealthCare && healthCare.Contains(f.UnitId)) || f.ResponsibleUserId == me);
    }

    /// <summary>The units the caller may see plans of, within <paramref name="unitId"/>'s subtree when given.</summary>
    public async Task<IReadOnlyList<string>> VisibleUnitsAsync(string unitId, CancellationToken ct)
    {
        var visible = await access.UnitsAllowedAsync(SelfInspectionPermissions.View, ct);
        if (unitId.Length == 0)
        {
            return visible;
        }
        var subtree = await organization.SubtreeAsync(unitId, ct) ?? throw RpcErrors.NotFound($"Enheten {unitId} finns inte.");
        return [.. subtree.Intersect(visible)];
    }

    /// <summary>Loads a record of the caller's tenant; PERMISSION_DENIED unless the caller carries it out (<see cref="SelfInspectionPermissions.CarriersOf"/>) or is named responsible.</summary>
    private async Task<T> CarriedOutAsync<T>(IQueryable<T> records, string id, string notFound, CancellationToken ct)
        where T : class, ICarriedOut
    {
        var record = await records.SingleOrDefaultAsync(r => EF.Property<string>(r, nameof(ICarriedOut.Id)) == id, ct) ?? throw RpcErrors.NotFound(notFound);
        if (record.ResponsibleUserId != Caller.UserId && !await access.IsAllowedAnyAsync(SelfInspectionPermissions.CarriersOf(record.HealthCare), record.UnitId, ct))
        {
            throw RpcErrors.PermissionDenied("Du genomför eller följer inte upp den här egenkontrollen.");
        }
        return record;
    }
}
