using Ledningssystem.Documents.Domain;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Documents.Data;

/// <summary>The Documents service's database; one subclass per provider carries that provider's migrations and search.</summary>
public abstract class DocumentsDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentVersion> Versions => Set<DocumentVersion>();

    public DbSet<DocumentLink> Links => Set<DocumentLink>();

    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();

    public DbSet<DocumentShare> Shares => Set<DocumentShare>();

    public DbSet<DocumentSettings> Settings => Set<DocumentSettings>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new DocumentConfiguration())
        .ApplyConfiguration(new DocumentVersionConfiguration())
        .ApplyConfiguration(new DocumentLinkConfiguration())
        .ApplyConfiguration(new AcknowledgementConfiguration())
        .ApplyConfiguration(new DocumentShareConfiguration())
        .ApplyConfiguration(new DocumentSettingsConfiguration());

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAcknowledgementRewrite();
        CountRevisions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAcknowledgementRewrite();
        CountRevisions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void CountRevisions()
    {
        foreach (var entry in ChangeTracker.Entries<Document>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Revise();
        }
    }

    private void RefuseAcknowledgementRewrite()
    {
        if (ChangeTracker.Entries<Acknowledgement>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Read acknowledgements are append-only.");
        }
    }
}

public sealed class SqliteDocumentsDb(DbContextOptions<SqliteDocumentsDb> options, ITenantContext tenant, TimeProvider clock)
    : DocumentsDb(options, tenant, clock);

public sealed class PostgresDocumentsDb(DbContextOptions<PostgresDocumentsDb> options, ITenantContext tenant, TimeProvider clock)
    : DocumentsDb(options, tenant, clock);
