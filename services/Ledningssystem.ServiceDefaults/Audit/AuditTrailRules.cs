using System.Diagnostics;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Ledningssystem.ServiceDefaults.Audit;

/// <summary>How the audit trail joins a save: entries are never rewritten, personal-data changes add entries.</summary>
internal static class AuditTrailRules
{
    public static void AddAuditTrail(this ModelBuilder modelBuilder) => modelBuilder.Entity<AuditEntry>(entry =>
    {
        entry.ToTable("audit_entries");
        entry.Property(e => e.TenantId).HasMaxLength(100).IsRequired();
        entry.Property(e => e.UserId).HasMaxLength(200).IsRequired();
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.EntityType).HasMaxLength(100).IsRequired();
        entry.Property(e => e.EntityId).HasMaxLength(100).IsRequired();
        entry.Property(e => e.Reason).HasMaxLength(500);
        entry.Property(e => e.CorrelationId).HasMaxLength(64);
        entry.HasIndex(e => new { e.TenantId, e.EntityType, e.EntityId });
    });

    public static void RefuseRewrite(EntityEntry entry)
    {
        if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }
    }

    public static void RecordPersonalDataChanges(DbContext context, IReadOnlyList<EntityEntry> changes, ITenantContext tenant, DateTimeOffset now)
    {
        foreach (var entry in changes)
        {
            if (entry.Entity is not IPersonalData personal || tenant.TenantId is not { } tenantId)
            {
                continue;
            }
            context.Add(new AuditEntry
            {
                TenantId = tenantId,
                UserId = tenant.ActorId,
                Action = entry.State switch
                {
                    EntityState.Added => AuditAction.Create,
                    EntityState.Deleted => AuditAction.Delete,
                    _ => AuditAction.Update,
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = personal.AuditId,
                CorrelationId = Activity.Current?.TraceId.ToString(),
                At = now,
            });
        }
    }
}
