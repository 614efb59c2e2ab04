using System.Diagnostics;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.ServiceDefaults.Audit;

/// <summary>
/// Records reads (and exports) of personal data; changes are recorded by the DbContext itself. Each record is
/// saved at once through the service's DbContext, so call it when no other change of that context is pending.
/// </summary>
public interface IAuditTrail
{
    Task RecordReadAsync(string entityType, string entityId, string? reason = null, CancellationToken cancellationToken = default);

    Task RecordExportAsync(string entityType, string entityId, string? reason = null, CancellationToken cancellationToken = default);
}

/// <summary>Writes audit entries through the service's own DbContext, in their own small transaction.</summary>
public sealed class AuditTrail<TContext>(TContext db, ITenantContext tenant, TimeProvider clock) : IAuditTrail
    where TContext : PlatformDbContext
{
    public Task RecordReadAsync(string entityType, string entityId, string? reason = null, CancellationToken cancellationToken = default) =>
        RecordAsync(AuditAction.Read, entityType, entityId, reason, cancellationToken);

    public Task RecordExportAsync(string entityType, string entityId, string? reason = null, CancellationToken cancellationToken = default) =>
        RecordAsync(AuditAction.Export, entityType, entityId, reason, cancellationToken);

    private async Task RecordAsync(AuditAction action, string entityType, string entityId, string? reason, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? throw new TenantIsolationException("No tenant applies; the read cannot be audited.");
        db.AuditEntries.Add(new AuditEntry
        {
            TenantId = tenantId,
            UserId = tenant.ActorId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Reason = reason,
            CorrelationId = Activity.Current?.TraceId.ToString(),
            At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
