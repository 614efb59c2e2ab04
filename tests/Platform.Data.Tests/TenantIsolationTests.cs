using Ledningssystem.Platform.TestModel;
using Ledningssystem.ServiceDefaults.Data;
using Ledningssystem.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ledningssystem.Platform.Data.Tests;

[Trait("Category", "Database")]
public sealed class TenantIsolationTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private readonly TestCaller caller = new() { TenantId = "aldrenamnden", UserId = "anna" };

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await NotesDatabase.MigrateAsync(database);
        using (TenantContext.Use("aldrenamnden"))
        {
            await SeedAsync("A-1", "A-2");
        }
        using (TenantContext.Use("omsorg-ab"))
        {
            await SeedAsync("B-1");
        }
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Queries_see_only_the_callers_tenant()
    {
        await using var db = Open();

        var texts = await db.Notes.OrderBy(n => n.Text).Select(n => n.Text).ToListAsync();

        Assert.Equal(["A-1", "A-2"], texts);
    }

    [Fact]
    public async Task Another_tenants_row_is_not_found_by_id()
    {
        Guid foreignId;
        using (TenantContext.Use("omsorg-ab"))
        {
            await using var other = Open();
            foreignId = (await other.Notes.SingleAsync()).Id;
        }
        await using var db = Open();

        Assert.Null(await db.Notes.FindAsync(foreignId));
        Assert.Null(await db.Notes.SingleOrDefaultAsync(n => n.Id == foreignId));
    }

    [Fact]
    public async Task New_rows_get_the_callers_tenant()
    {
        await using (var db = Open())
        {
            db.Notes.Add(new CaseNote { Text = "ny" });
            await db.SaveChangesAsync();
        }

        await using var check = Open();
        Assert.Equal("aldrenamnden", (await check.Notes.SingleAsync(n => n.Text == "ny")).TenantId);
    }

    [Fact]
    public async Task Writing_a_row_for_another_tenant_is_refused()
    {
        await using var db = Open();
        db.Notes.Add(new CaseNote { TenantId = "omsorg-ab", Text = "smuggled" });

        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Changing_another_tenants_row_is_refused_even_when_loaded_past_the_filter()
    {
        await using var db = Open();
        var foreign = await db.Notes.IgnoreQueryFilters().SingleAsync(n => n.TenantId == "omsorg-ab");

        foreign.Text = "ändrad";
        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Moving_a_row_to_another_tenant_is_refused()
    {
        await using var db = Open();
        var own = await db.Notes.FirstAsync();

        own.TenantId = "omsorg-ab";
        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Without_a_tenant_nothing_is_visible_and_nothing_can_be_written()
    {
        caller.TenantId = null;
        await using var db = Open();

        Assert.Empty(await db.Notes.ToListAsync());
        db.Notes.Add(new CaseNote { Text = "ingen" });
        await Assert.ThrowsAsync<TenantIsolationException>(() => db.SaveChangesAsync());
    }

    private NotesDb Open() => NotesDatabase.Open(database, new TenantContext(caller));

    private async Task SeedAsync(params string[] texts)
    {
        await using var db = Open();
        db.Notes.AddRange(texts.Select(t => new CaseNote { Text = t, PersonReference = "p-" + t }));
        await db.SaveChangesAsync();
    }
}
