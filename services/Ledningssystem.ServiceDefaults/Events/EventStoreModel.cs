using Ledningssystem.ServiceDefaults.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

// In the Data namespace, beside the audit trail's model, so that PlatformDbContext finds it without a using.
namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>The outbox, inbox and dead-letter tables, added to every service's model by <see cref="PlatformDbContext"/>.</summary>
internal static class EventStoreModel
{
    // Both providers quote identifiers with double quotes; the relay only ever reads rows matching this filter.
    private const string Pending = "\"DeliveredAt\" IS NULL";

    // SQLite cannot compare or order DateTimeOffset values in SQL; Unix milliseconds compare the same everywhere.
    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds = new(
        time => time.ToUnixTimeMilliseconds(),
        milliseconds => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));

    public static void AddEventStore(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("event_outbox");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).ValueGeneratedOnAdd();
            outbox.HasIndex(m => m.EventId).IsUnique();
            outbox.Property(m => m.Topic).HasMaxLength(200).IsRequired();
            outbox.Property(m => m.Type).HasMaxLength(200).IsRequired();
            outbox.Property(m => m.AggregateId).HasMaxLength(200).IsRequired();
            outbox.Property(m => m.TenantId).HasMaxLength(100);
            outbox.Property(m => m.Payload).IsRequired();
            outbox.Property(m => m.TraceParent).HasMaxLength(55);
            outbox.Property(m => m.LastError).HasMaxLength(2000);
            outbox.Property(m => m.OccurredAt).HasConversion(UnixMilliseconds);
            outbox.Property(m => m.NextAttemptAt).HasConversion(UnixMilliseconds);
            outbox.Property(m => m.DeliveredAt).HasConversion(UnixMilliseconds);
            outbox.HasIndex(m => m.Sequence, "IX_event_outbox_pending").HasFilter(Pending);
            outbox.HasIndex(m => m.NextAttemptAt, "IX_event_outbox_waiting").HasFilter(Pending);
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("event_inbox");
            inbox.HasKey(m => m.EventId);
            inbox.Property(m => m.EventId).HasMaxLength(200);
            inbox.Property(m => m.Type).HasMaxLength(200).IsRequired();
            inbox.Property(m => m.Source).HasMaxLength(200).IsRequired();
            inbox.Property(m => m.ProcessedAt).HasConversion(UnixMilliseconds);
            inbox.HasIndex(m => m.ProcessedAt);
        });
        modelBuilder.Entity<DeadLetter>(deadLetter =>
        {
            deadLetter.ToTable("event_dead_letters");
            deadLetter.HasKey(d => d.Id);
            deadLetter.Property(d => d.Id).ValueGeneratedOnAdd();
            deadLetter.Property(d => d.EventId).HasMaxLength(200);
            deadLetter.HasIndex(d => d.EventId);
            deadLetter.Property(d => d.Topic).HasMaxLength(200).IsRequired();
            deadLetter.Property(d => d.Type).HasMaxLength(200).IsRequired();
            deadLetter.Property(d => d.Source).HasMaxLength(200).IsRequired();
            deadLetter.Property(d => d.TenantId).HasMaxLength(100);
            deadLetter.Property(d => d.Body).IsRequired();
            deadLetter.Property(d => d.Reason).HasMaxLength(2000).IsRequired();
            deadLetter.Property(d => d.FirstDroppedAt).HasConversion(UnixMilliseconds);
            deadLetter.Property(d => d.LastDroppedAt).HasConversion(UnixMilliseconds);
            deadLetter.HasIndex(d => d.LastDroppedAt);
        });
    }
}
