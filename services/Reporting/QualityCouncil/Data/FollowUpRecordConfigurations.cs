using Ledningssystem.Reporting.QualityCouncil.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.QualityCouncil.Data;

/// <summary>The kvalitetsråd's read-model records: one table each, keyed by tenant and the source's id.</summary>
internal static class FollowUpRecordConfigurations
{
    /// <summary>
    /// A shadow concurrency token on every record, moved by each merge that changes it, so that two transactions merging
    /// into one record at once (a live event during a rebuild, redeliveries on two replicas) cannot lose a merge.
    /// </summary>
    public const string VersionProperty = "Version";

    // Source ids are GUIDs or ids of up to 100 characters; a balanslista key adds the item kind, an escalation the track.
    private const int KeyLength = 200;
    private const int IdLength = 100;
    private const int NameLength = 100;

    // As SelfInspection limits an activity's name and a written reason.
    private const int ActivityNameLength = 200;
    private const int CancelReasonLength = 2000;

    public static ModelBuilder ApplyFollowUpRecords(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<InspectionExecution>(execution =>
        {
            Keyed(execution, "inspection_executions");
            execution.Property(e => e.UnitId).HasMaxLength(IdLength);
            execution.Property(e => e.Kind).HasMaxLength(NameLength);
        });
        modelBuilder.Entity<OccurrenceRecord>(occurrence =>
        {
            Keyed(occurrence, "inspection_occurrences");
            occurrence.Property(o => o.UnitId).HasMaxLength(IdLength);
            occurrence.Property(o => o.ActivityId).HasMaxLength(IdLength);
            occurrence.Property(o => o.ActivityName).HasMaxLength(ActivityNameLength);
            occurrence.Property(o => o.CancelReason).HasMaxLength(CancelReasonLength);
            occurrence.HasIndex(o => new { o.TenantId, o.UnitId, o.Month });
        });
        modelBuilder.Entity<FindingRecord>(finding =>
        {
            Keyed(finding, "inspection_findings");
            finding.Property(f => f.UnitId).HasMaxLength(IdLength);
            finding.Property(f => f.Severity).HasMaxLength(NameLength);
            finding.Ignore(f => f.Status);
        });
        modelBuilder.Entity<RiskRecord>(risk =>
        {
            Keyed(risk, "risks");
            risk.Property(r => r.UnitId).HasMaxLength(IdLength);
            risk.Property(r => r.Level).HasMaxLength(NameLength);
            risk.Ignore(r => r.Status);
        });
        modelBuilder.Entity<BalanceItem>(item =>
        {
            Keyed(item, "balance_items");
            item.Property(i => i.SourceId).HasMaxLength(IdLength);
            item.Property(i => i.ActionId).HasMaxLength(IdLength);
            item.Property(i => i.UnitId).HasMaxLength(IdLength);
            // Risks' responsible as written (a name or a role).
            item.Property(i => i.Responsible).HasMaxLength(200);
            item.Ignore(i => i.What);
            item.HasIndex(i => new { i.TenantId, i.UnitId, i.DueOn });
        });
        modelBuilder.Entity<Escalation>(escalation =>
        {
            Keyed(escalation, "escalations");
            escalation.Property(e => e.IncidentId).HasMaxLength(IdLength);
            escalation.Property(e => e.Track).HasMaxLength(NameLength);
            escalation.Property(e => e.UnitId).HasMaxLength(IdLength);
        });
        modelBuilder.Entity<ControlPlan>(plan =>
        {
            Keyed(plan, "control_plans");
            plan.Ignore(p => p.ControlUnitIds);
        });
        return modelBuilder;
    }

    private static void Keyed<TRecord>(EntityTypeBuilder<TRecord> record, string table)
        where TRecord : class, ITenantKeyed
    {
        record.ToTable(table);
        record.HasKey(nameof(ITenantKeyed.TenantId), nameof(ITenantKeyed.Key));
        record.Property<string>(nameof(ITenantKeyed.TenantId)).HasMaxLength(IdLength);
        record.Property<string>(nameof(ITenantKeyed.Key)).HasMaxLength(KeyLength);
        record.Property<int>(VersionProperty).IsConcurrencyToken();
    }
}
