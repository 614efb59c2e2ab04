using Ledningssystem.Reporting.Domain;
using Ledningssystem.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ledningssystem.Reporting.Data;

internal sealed class ReceivedEventConfiguration : IEntityTypeConfiguration<ReceivedEvent>
{
    public void Configure(EntityTypeBuilder<ReceivedEvent> received)
    {
        received.ToTable("received_events");
        // Replayed in the order received; a CloudEvent id is kept once per tenant.
        received.Property<long>(Pages.SequenceProperty);
        received.HasKey(Pages.SequenceProperty);
        received.HasIndex(e => new { e.TenantId, e.EventId }).IsUnique();
        received.Property(e => e.TenantId).HasMaxLength(Limits.IdLength);
        received.Property(e => e.EventId).HasMaxLength(Limits.IdLength);
        received.Property(e => e.Type).IsRequired().HasMaxLength(Limits.NameLength);
        received.Property(e => e.Payload).IsRequired();
    }
}
