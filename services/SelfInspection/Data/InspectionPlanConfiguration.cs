using Ledningssystem.SelfInspection.Domain;
using Ledningssystem.ServiceDefaults.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.SelfInspection.Data;

internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> plan)
    {
        plan.IsWorkflowAggregate("inspection_plans", Limits.IdLength, Columns.Enum);
        plan.Property(p => p.Name).HasMaxLength(Limits.NameLength);
        plan.Property(p => p.PreviousPlanId).HasMaxLength(Limits.IdLength);
        plan.HasIndex(p => new { p.TenantId, p.UnitId, p.Year });
        // The activities are read and written with their plan, never queried on their own.
        plan.OwnsMany(p => p.Activities, activity =>
        {
            activity.ToJson("activities");
            activity.Property(a => a.Method).HasConversion<string>();
            activity.Property(a => a.Frequency).HasConversion<string>();
        });
        plan.Navigation(p => p.Activities).HasField("activities");
        plan.OwnsWorkflowHistory(p => p.History, "inspection_plan_history", Columns.History);
    }
}
