using Ledningssystem.Organizations.Domain;
using Ledningssystem.Organizations.Events;
using Ledningssystem.ServiceDefaults.Calendar;
using Ledningssystem.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Organizations.Data;

/// <summary>
/// Applies the demo region through the same entities and unit of work as the API, so every row comes with its event
/// and its replica change. Idempotent: it only adds what is missing (by id), so a second run writes nothing and
/// publishes nothing, and changes made since through the API stay. One transaction per tenant and per contract.
/// </summary>
public sealed class DemoRegionSeed(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task ApplyAsync(DemoRegion region, CancellationToken cancellationToken)
    {
        foreach (var tenant in region.Tenants)
        {
            await InScopeAsync(tenant.Id, (db, changes) => SeedTenantAsync(region, tenant, db, changes, cancellationToken));
        }
        foreach (var contract in region.Contracts)
        {
            await InScopeAsync(contract.Purchaser, (db, changes) => SeedContractAsync(contract, db, changes, cancellationToken));
        }
    }

    private async Task SeedTenantAsync(DemoRegion region, DemoTenant demo, OrganizationsDb db, OrganizationChanges changes, CancellationToken cancellationToken)
    {
        var now = clock.Now();
        var demoUnits = region.Units.Where(u => u.Tenant == demo.Id).ToList();
        var tenant = await changes.StartAsync(cancellationToken);
        var units = await db.Units.ToDictionaryAsync(u => u.Id, cancellationToken);
        if (tenant is null)
        {
            var top = demoUnits.Single(u => u.Parent is null);
            var root = Unit.CreateRoot(demo.Id, top.Id, top.Name, top.Verksamhetsformer, now);
            tenant = Tenant.Register(demo.Id, demo.TenantKind, OrganisationNumber.Parse(demo.OrganisationNumber), demo.Name, demo.Contact, top.Id, now);
            changes.Register(tenant, root);
            units.Add(root.Id, root);
        }
        foreach (var demoUnit in demoUnits.Where(u => u.Parent is not null && !units.ContainsKey(u.Id)))
        {
            // The file lists a parent before its children.
            var unit = units[demoUnit.Parent!].CreateChild(demoUnit.Id, demoUnit.Name, demoUnit.Verksamhetsformer, now);
            units.Add(unit.Id, unit);
            changes.Add(unit);
        }
        var assigned = await db.RoleAssignments.Select(a => a.Id).ToListAsync(cancellationToken);
        foreach (var person in region.People.Where(p => p.Tenant == demo.Id && !assigned.Contains(p.AssignmentId)))
        {
            changes.Add(RoleAssignment.Assign(person.AssignmentId, person.Sub, person.Role, units[person.Unit], tenant, now, null, TenantContext.SystemActor, now));
        }
        await changes.CommitAsync(cancellationToken);
    }

    private async Task SeedContractAsync(DemoContract demo, OrganizationsDb db, OrganizationChanges changes, CancellationToken cancellationToken)
    {
        var purchaser = await changes.StartAsync(cancellationToken) ?? throw new InvalidDataException($"Contract {demo.Id}: {demo.Purchaser} is no demo tenant.");
        if (await db.Contracts.AnyAsync(c => c.Id == demo.Id, cancellationToken))
        {
            return;
        }
        var provider = await db.Tenants.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).SingleAsync(t => t.TenantId == demo.Provider, cancellationToken);
        var now = clock.Now();
        changes.Add(Contract.Link(demo.Id, purchaser, provider, demo.Title, demo.Verksamhetsformer, now, now));
        await changes.CommitAsync(cancellationToken);
    }

    /// <summary>A unit of work of its own, acting as the system for <paramref name="tenantId"/>.</summary>
    private async Task InScopeAsync(string tenantId, Func<OrganizationsDb, OrganizationChanges, Task> seed)
    {
        await using var scope = scopes.CreateAsyncScope();
        using (TenantContext.Use(tenantId))
        {
            await seed(scope.ServiceProvider.GetRequiredService<OrganizationsDb>(), scope.ServiceProvider.GetRequiredService<OrganizationChanges>());
        }
    }
}
