using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Platform.TestModel;

public abstract class NotesDb(DbContextOptions options, ITenantContext tenant, TimeProvider clock) : PlatformDbContext(options, tenant, clock)
{
    public DbSet<CaseNote> Notes => Set<CaseNote>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<CaseNote>(note =>
    {
        note.ToTable("case_notes");
        note.Property(n => n.TenantId).HasMaxLength(100);
        note.Property(n => n.PersonReference).HasMaxLength(100);
        note.Property(n => n.Text).HasMaxLength(4000);
    });
}

public sealed class SqliteNotesDb(DbContextOptions<SqliteNotesDb> options, ITenantContext tenant, TimeProvider clock) : NotesDb(options, tenant, clock);

public sealed class PostgresNotesDb(DbContextOptions<PostgresNotesDb> options, ITenantContext tenant, TimeProvider clock) : NotesDb(options, tenant, clock);
