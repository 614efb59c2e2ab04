using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Tests.Support;

namespace Ledningssystem.Organizations.Tests;

[Collection(OrganizationsGroup.Name)]
[Trait("Category", "Database")]
public sealed class TenantTests(OrganizationsFixture platform)
{
    [Fact]
    public async Task Region_admin_registers_a_tenant_with_its_top_unit_and_a_repeat_changes_nothing()
    {
        var region = await platform.AsAsync(Demo.RegionAdmin);
        var request = NewProvider("vardhem-ab");
        var head = await platform.Service.OutboxHeadAsync();

        var registered = (await region.Tenants.RegisterTenantAsync(request)).Tenant;
        var events = await platform.Service.OutboxAfterAsync(head);
        var repeated = (await region.Tenants.RegisterTenantAsync(request)).Tenant;
        var conflicting = await Expect.FailsAsync(StatusCode.AlreadyExists,
            region.Tenants.RegisterTenantAsync(new RegisterTenantRequest(request) { Kind = TenantKind.Committee }));

        Assert.Equal("vardhem-ab", registered.TenantId);
        Assert.Equal("556999-1119", registered.OrganisationNumber);
        Assert.Equal("vardhem-ab.bolaget", registered.RootUnitId);
        Assert.False(registered.Suspended);
        Assert.Equal(registered, repeated);
        Assert.Equal(["ledningssystem.events.v1.TenantRegistered", "ledningssystem.events.v1.UnitCreated"], events.Select(e => e.Topic));
        Assert.All(events, e => Assert.Equal(("vardhem-ab", "vardhem-ab"), (e.TenantId, e.AggregateId)));
        var tenantRegistered = JsonParser.Default.Parse<TenantRegistered>(events[0].Payload);
        Assert.Equal((TenantKind.PrivateProvider, "Vårdhem AB", "556999-1119"), (tenantRegistered.Kind, tenantRegistered.Name, tenantRegistered.OrganisationNumber));
        Assert.Equal(head + 2, await platform.Service.OutboxHeadAsync());
        Assert.Contains("finns redan", conflicting.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_organisation_number_and_missing_fields_are_refused_with_field_violations()
    {
        var region = await platform.AsAsync(Demo.RegionAdmin);

        var badCheckDigit = await Expect.FailsAsync(StatusCode.InvalidArgument,
            region.Tenants.RegisterTenantAsync(new RegisterTenantRequest(NewProvider("felsiffra-ab")) { OrganisationNumber = "556999-1118" }));
        var incomplete = await Expect.FailsAsync(StatusCode.InvalidArgument, region.Tenants.RegisterTenantAsync(new RegisterTenantRequest
        {
            TenantId = "Inte Giltig",
            OrganisationNumber = "55699-91119",
            Contact = new Contact { Email = "inte-en-adress" },
            RootUnitId = "a/b",
        }));

        Assert.Equal(["organisation_number"], Expect.FieldViolations(badCheckDigit));
        Assert.Equal(
            ["contact.email", "kind", "name", "organisation_number", "root_unit_id", "root_unit_name", "tenant_id"],
            Expect.FieldViolations(incomplete).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Demo.OmsorgAdmin)]
    [InlineData(Demo.AldreEmployee)]
    public async Task Only_the_region_admin_registers_and_suspends_tenants(string username)
    {
        var caller = await platform.AsAsync(username);

        await Expect.FailsAsync(StatusCode.PermissionDenied, caller.Tenants.RegisterTenantAsync(NewProvider("obehorig-ab")));
        await Expect.FailsAsync(StatusCode.PermissionDenied, caller.Tenants.SuspendTenantAsync(new SuspendTenantRequest { TenantId = "stodboende-ab", Reason = "Test" }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, caller.Tenants.ListTenantsAsync(new ListTenantsRequest()));
    }

    [Fact]
    public async Task A_suspended_tenants_users_are_refused_until_it_is_reactivated()
    {
        var region = await platform.AsAsync(Demo.RegionAdmin);
        var staff = await platform.AsAsync(Demo.StodboendeUnitManager);
        var own = new GetTenantRequest { TenantId = "stodboende-ab" };
        var head = await platform.Service.OutboxHeadAsync();

        var suspended = (await region.Tenants.SuspendTenantAsync(new SuspendTenantRequest { TenantId = "stodboende-ab", Reason = "Avtalet med regionen har upphört" })).Tenant;
        await region.Tenants.SuspendTenantAsync(new SuspendTenantRequest { TenantId = "stodboende-ab", Reason = "Igen" });
        var refused = await Expect.FailsAsync(StatusCode.PermissionDenied, staff.Tenants.GetTenantAsync(own));
        var reactivated = (await region.Tenants.ReactivateTenantAsync(new ReactivateTenantRequest { TenantId = "stodboende-ab" })).Tenant;
        var again = (await staff.Tenants.GetTenantAsync(own)).Tenant;

        Assert.True(suspended.Suspended);
        Assert.Equal("Avtalet med regionen har upphört", suspended.SuspensionReason);
        Assert.Equal("Organisationen är avstängd.", refused.Status.Detail);
        Assert.False(reactivated.Suspended);
        Assert.False(again.Suspended);
        Assert.Equal(
            ["ledningssystem.events.v1.TenantSuspended", "ledningssystem.events.v1.TenantReactivated"],
            (await platform.Service.OutboxAfterAsync(head)).Select(e => e.Topic));
    }

    [Fact]
    public async Task The_regions_own_tenant_cannot_be_suspended()
    {
        var region = await platform.AsAsync(Demo.RegionAdmin);

        var reason = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition,
            region.Tenants.SuspendTenantAsync(new SuspendTenantRequest { TenantId = "region-exempel", Reason = "Test" }));

        Assert.Equal("REGION_NOT_SUSPENDABLE", reason);
    }

    [Fact]
    public async Task Staff_see_their_own_tenant_and_another_is_not_found()
    {
        var staff = await platform.AsAsync(Demo.AldreEmployee);

        var own = (await staff.Tenants.GetTenantAsync(new GetTenantRequest { TenantId = "aldrenamnden" })).Tenant;
        await Expect.FailsAsync(StatusCode.NotFound, staff.Tenants.GetTenantAsync(new GetTenantRequest { TenantId = "omsorg-ab" }));

        Assert.Equal((TenantKind.Committee, "Äldrenämnden", "aldrenamnden.forvaltning"), (own.Kind, own.Name, own.RootUnitId));
    }

    [Fact]
    public async Task Tenants_are_listed_page_by_page_within_the_size_limits()
    {
        var region = await platform.AsAsync(Demo.RegionAdmin);
        var seen = new List<Contracts.Organizations.V1.Tenant>();
        var request = new ListTenantsRequest { PageSize = 4 };
        int pages = 0;
        do
        {
            var page = await region.Tenants.ListTenantsAsync(request);
            Assert.True(page.Tenants.Count <= 4);
            seen.AddRange(page.Tenants);
            request.PageToken = page.NextPageToken;
            pages++;
        }
        while (request.PageToken.Length > 0);
        var committees = await region.Tenants.ListTenantsAsync(new ListTenantsRequest { Kind = TenantKind.Committee });
        var tooLarge = await Expect.FailsAsync(StatusCode.InvalidArgument, region.Tenants.ListTenantsAsync(new ListTenantsRequest { PageSize = 501 }));
        var badToken = await Expect.FailsAsync(StatusCode.InvalidArgument, region.Tenants.ListTenantsAsync(new ListTenantsRequest { PageToken = "inte-en-markör" }));

        Assert.True(pages >= 2);
        Assert.Equal(seen.Count, seen.Select(t => t.TenantId).Distinct().Count());
        Assert.Superset(
            new HashSet<string> { "region-exempel", "aldrenamnden", "socialnamnden", "funktionsstodsnamnden", "omsorg-ab", "stodboende-ab" },
            seen.Select(t => t.TenantId).ToHashSet());
        Assert.Equal(["aldrenamnden", "socialnamnden", "funktionsstodsnamnden"], committees.Tenants.Select(t => t.TenantId));
        Assert.Equal(["page_size"], Expect.FieldViolations(tooLarge));
        Assert.Equal(["page_token"], Expect.FieldViolations(badToken));
    }

    private static RegisterTenantRequest NewProvider(string tenantId) => new()
    {
        TenantId = tenantId,
        Kind = TenantKind.PrivateProvider,
        OrganisationNumber = "5569991119",
        Name = "Vårdhem AB",
        Contact = new Contact { Name = "Kvalitetsansvarig", Email = "kvalitet@vardhem.example", Phone = "08-465 004 50" },
        RootUnitId = $"{tenantId}.bolaget",
        RootUnitName = "Vårdhem AB",
        RootUnitVerksamhetsformer = { Verksamhetsform.Aldreomsorg, Verksamhetsform.Hsl },
    };
}
