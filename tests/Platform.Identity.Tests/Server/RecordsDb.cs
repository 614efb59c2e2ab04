using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Identity.Tests.Server;

/// <summary>A service's database as every service declares it; the access replica comes with PlatformDbContext.</summary>
public sealed class RecordsDb(DbContextOptions<RecordsDb> options, ITenantContext tenant, TimeProvider clock)
    : PlatformDbContext(options, tenant, clock)
{
    public DbSet<TestRecord> Records => Set<TestRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<TestRecord>(record =>
        {
            record.ToTable("records");
            record.HasKey(r => r.Id);
        });
}

public sealed class TestRecord : ITenantOwned
{
    public string Id { get; set; } = "";

    public string TenantId { get; set; } = "";

    public string UnitId { get; set; } = "";

    public string Text { get; set; } = "";
}
