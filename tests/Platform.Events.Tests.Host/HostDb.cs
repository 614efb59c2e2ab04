using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Platform.Events.Tests.Host;

/// <summary>The host's database: counters (the publisher's state) and the events a subscriber applied.</summary>
public sealed class HostDb(DbContextOptions<HostDb> options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<AppliedEvent> AppliedEvents => Set<AppliedEvent>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Counter>(counter =>
        {
            counter.ToTable("counters");
            counter.Property(c => c.Id).HasMaxLength(100);
            counter.Property(c => c.TenantId).HasMaxLength(100);
        });
        // No unique index on EventId: a second application must show up as a second row, not as an error.
        modelBuilder.Entity<AppliedEvent>(applied =>
        {
            applied.ToTable("applied_events");
            applied.Property(a => a.EventId).HasMaxLength(200);
            applied.Property(a => a.TenantId).HasMaxLength(100);
        });
    }
}

public sealed class Counter : ITenantOwned
{
    public string Id { get; set; } = "";

    public string TenantId { get; set; } = "";

    public long Value { get; set; }
}

/// <summary>One application of an event by the subscriber, with what its handler saw.</summary>
public sealed class AppliedEvent : ITenantOwned
{
    /// <summary>Increases in the order the events were applied.</summary>
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    public string EventId { get; set; } = "";

    public string CounterId { get; set; } = "";

    public long Value { get; set; }

    public string Source { get; set; } = "";

    public string? Subject { get; set; }

    public string? OccurredAt { get; set; }

    public string? TraceId { get; set; }

    public string? ParentSpanId { get; set; }

    public long AppliedAtMs { get; set; }
}
