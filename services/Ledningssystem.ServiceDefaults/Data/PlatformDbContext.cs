using System.Linq.Expressions;
using Ledningssystem.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Ledningssystem.ServiceDefaults.Data;

/// <summary>
/// The base of every service's DbContext. Tenant isolation happens here, not in handlers: every
/// <see cref="ITenantOwned"/> entity gets a query filter on the current tenant, and saving refuses rows of
/// another tenant. It also holds the platform's own tables (audit trail, outbox, inbox).
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : DbContext(options)
{
    public const string TenantFilter = "Tenant";

    /// <summary>Read by the query filters on every query; EF Core evaluates it per query, not per model.</summary>
    protected string? CurrentTenantId => tenant.TenantId;

    private List<Action>? afterCommit;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// Runs <paramref name="action"/> once what this context saved is committed: at once outside a transaction, else
    /// when the transaction commits (not at all if it rolls back). For caches of the data, so that no call reads
    /// them back before the change is visible to it.
    /// </summary>
    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (Database.CurrentTransaction is null)
        {
            action();
            return;
        }
        (afterCommit ??= []).Add(action);
    }

    internal void RunCommitted()
    {
        var actions = afterCommit;
        afterCommit = null;
        actions?.ForEach(action => action());
    }

    internal void DiscardCommitted() => afterCommit = null;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.AddInterceptors(CommitCallbacks.Instance);

    /// <summary>The service's own model; the platform's tables and the tenant filters are added around it.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // SQLite has no type for instants; as UTC ticks they compare and sort in SQL like on PostgreSQL.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ConfigureModel(modelBuilder);
        modelBuilder.AddAuditTrail();
        modelBuilder.AddAccessModel();
        modelBuilder.AddEventStore();
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
        {
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter, TenantFilterFor(entityType.ClrType));
            modelBuilder.Entity(entityType.ClrType).HasIndex(nameof(ITenantOwned.TenantId));
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareSave()
    {
        var changes = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        foreach (var entry in changes)
        {
            AuditTrailRules.RefuseRewrite(entry);
            if (entry.Entity is ITenantOwned owned)
            {
                GuardTenant(entry, owned);
            }
        }
        AuditTrailRules.RecordPersonalDataChanges(this, changes, tenant, clock.GetUtcNow());
    }

    private void GuardTenant(EntityEntry entry, ITenantOwned owned)
    {
        var current = tenant.TenantId
            ?? throw new TenantIsolationException($"No tenant applies; {entry.Metadata.ClrType.Name} cannot be saved.");
        if (entry.State == EntityState.Added && string.IsNullOrEmpty(owned.TenantId))
        {
            owned.TenantId = current;
        }
        var original = entry.State == EntityState.Added
            ? owned.TenantId
            : (string?)entry.Property(nameof(ITenantOwned.TenantId)).OriginalValue;
        if (owned.TenantId != current || original != current)
        {
            throw new TenantIsolationException($"{entry.Metadata.ClrType.Name} belongs to another tenant.");
        }
    }

    private LambdaExpression TenantFilterFor(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var rowTenant = Expression.Property(entity, nameof(ITenantOwned.TenantId));
        var currentTenant = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(rowTenant, currentTenant), entity);
    }
}
