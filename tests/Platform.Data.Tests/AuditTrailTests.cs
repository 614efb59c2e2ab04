using System.Diagnostics;
using Ledningssystem.Platform.TestModel;
using Ledningssystem.ServiceDefaults.Audit;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Ledningssystem.Platform.Data.Tests;

[Trait("Category", "Database")]
public sealed class AuditTrailTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private readonly TestCaller caller = new() { TenantId = "socialnamnden", UserId = "enhetschef-1" };
    private readonly FakeTimeProvider clock = new(Now);
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await NotesDatabase.MigrateAsync(database);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Every_change_of_personal_data_is_recorded_in_the_same_save()
    {
        using var activity = new Activity("test-call").SetIdFormat(ActivityIdFormat.W3C).Start();
        Guid id;
        await using (var db = Open())
        {
            var note = new CaseNote { Text = "Brukaren föll", PersonReference = "p-1" };
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            id = note.Id;
            note.Text = "Brukaren föll i badrummet";
            await db.SaveChangesAsync();
            db.Notes.Remove(note);
            await db.SaveChangesAsync();
        }

        await using var check = Open();
        var entries = await check.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.Create, AuditAction.Update, AuditAction.Delete], entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal("socialnamnden", e.TenantId);
            Assert.Equal("enhetschef-1", e.UserId);
            Assert.Equal(nameof(CaseNote), e.EntityType);
            Assert.Equal(id.ToString(), e.EntityId);
            Assert.Equal(activity.TraceId.ToString(), e.CorrelationId);
            Assert.Equal(Now, e.At);
        });
    }

    [Fact]
    public async Task Reads_are_recorded_with_their_reason()
    {
        await using var db = Open();
        var audit = new AuditTrail<NotesDb>(db, new TenantContext(caller), clock);

        await audit.RecordReadAsync(nameof(CaseNote), "n-42", "utredning lex Sarah");

        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal((AuditAction.Read, "n-42", "utredning lex Sarah"), (entry.Action, entry.EntityId, entry.Reason));
    }

    [Fact]
    public async Task The_trail_is_append_only()
    {
        await using var db = Open();
        await new AuditTrail<NotesDb>(db, new TenantContext(caller), clock).RecordReadAsync(nameof(CaseNote), "n-1");
        var entry = await db.AuditEntries.SingleAsync();

        entry.Reason = "efterhandskonstruktion";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Another_tenants_trail_is_invisible()
    {
        await using (var db = Open())
        {
            await new AuditTrail<NotesDb>(db, new TenantContext(caller), clock).RecordReadAsync(nameof(CaseNote), "n-1");
        }

        caller.TenantId = "omsorg-ab";
        await using var other = Open();
        Assert.Empty(await other.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task Work_without_a_person_is_recorded_as_the_system()
    {
        caller.TenantId = null;
        using (TenantContext.Use("socialnamnden"))
        {
            await using var db = Open();
            db.Notes.Add(new CaseNote { Text = "importerad" });
            await db.SaveChangesAsync();
        }

        caller.TenantId = "socialnamnden";
        await using var check = Open();
        Assert.Equal(TenantContext.SystemActor, (await check.AuditEntries.SingleAsync()).UserId);
    }

    private NotesDb Open() => NotesDatabase.Open(database, new TenantContext(caller), clock);
}
