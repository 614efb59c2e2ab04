using Ledningssystem.Reporting.JointAnalysis.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.JointAnalysis.Data;

internal sealed class JointAnalysisVersionConfiguration : IEntityTypeConfiguration<JointAnalysisVersion>
{
    public void Configure(EntityTypeBuilder<JointAnalysisVersion> analysis)
    {
        analysis.ToTable("joint_analyses");
        // Listed in the order recorded (keyset pages); one row per version, so two writers of one version cannot both win.
        analysis.Property<long>(Pages.SequenceProperty);
        analysis.HasKey(Pages.SequenceProperty);
        analysis.HasIndex(a => new { a.TenantId, a.Id }).IsUnique();
        analysis.HasIndex(a => new { a.TenantId, a.UnitId, a.Year, a.Half, a.Version }).IsUnique();
        analysis.Property(a => a.Id).HasMaxLength(36);
        analysis.Property(a => a.TenantId).HasMaxLength(100);
        analysis.Property(a => a.UnitId).HasMaxLength(100);
        analysis.Property(a => a.WrittenBy).HasMaxLength(100);
        analysis.Property(a => a.WrittenByName).HasMaxLength(200);
        analysis.Property(a => a.Conclusions).IsRequired();
        analysis.Property(a => a.Basis).IsRequired();
        analysis.OwnsMany(a => a.Actions, action => action.ToJson());
        analysis.Navigation(a => a.Actions).HasField("actions");
        analysis.Ignore(a => a.AuditId);
    }
}
