using Ledningssystem.Reporting.QualityCouncil.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.QualityCouncil.Data;

internal sealed class CouncilProtocolConfiguration : IEntityTypeConfiguration<CouncilProtocol>
{
    public void Configure(EntityTypeBuilder<CouncilProtocol> protocol)
    {
        protocol.ToTable("council_protocols");
        // Listed in the order recorded (keyset pages); one protocol per council and day.
        protocol.Property<long>(Pages.SequenceProperty);
        protocol.HasKey(Pages.SequenceProperty);
        protocol.HasIndex(p => new { p.TenantId, p.Id }).IsUnique();
        protocol.HasIndex(p => new { p.TenantId, p.UnitId, p.HeldOn }).IsUnique();
        protocol.Property(p => p.Id).HasMaxLength(36);
        protocol.Property(p => p.TenantId).HasMaxLength(100);
        protocol.Property(p => p.UnitId).HasMaxLength(100);
        protocol.Property(p => p.RecordedBy).HasMaxLength(100);
        protocol.Property(p => p.Basis).IsRequired();
        protocol.OwnsMany(p => p.Decisions, decision => decision.ToJson());
        protocol.Navigation(p => p.Decisions).HasField("decisions");
        protocol.Ignore(p => p.AuditId);
    }
}
