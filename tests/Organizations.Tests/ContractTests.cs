using Google.Protobuf;
using Grpc.Core;
using Ledningssystem.Contracts.Common.V1;
using Ledningssystem.Contracts.Events.V1;
using Ledningssystem.Contracts.Organizations.V1;
using Ledningssystem.Organizations.Tests.Support;

namespace Ledningssystem.Organizations.Tests;

[Collection(OrganizationsGroup.Name)]
[Trait("Category", "Database")]
public sealed class ContractTests(OrganizationsFixture platform)
{
    [Fact]
    public async Task Both_parties_see_their_contracts_and_nobody_else_does()
    {
        var purchaserStaff = await platform.AsAsync(Demo.AldreEmployee);
        var providerStaff = await platform.AsAsync(Demo.OmsorgEmployee);
        var region = await platform.AsAsync(Demo.RegionAdmin);

        var bought = await purchaserStaff.Contracts.ListContractsAsync(new ListContractsRequest { TenantId = "aldrenamnden" });
        var performed = await providerStaff.Contracts.ListContractsAsync(new ListContractsRequest { TenantId = "omsorg-ab", Party = ContractParty.Provider });
        var boughtByProvider = await providerStaff.Contracts.ListContractsAsync(new ListContractsRequest { TenantId = "omsorg-ab", Party = ContractParty.Purchaser });
        var byRegion = await region.Contracts.ListContractsAsync(new ListContractsRequest { TenantId = "stodboende-ab" });
        await Expect.FailsAsync(StatusCode.PermissionDenied, purchaserStaff.Contracts.ListContractsAsync(new ListContractsRequest { TenantId = "omsorg-ab" }));

        var contract = Assert.Single(bought.Contracts);
        Assert.Equal(("aldrenamnden", "omsorg-ab", "Hemtjänst enligt LOV"), (contract.PurchaserTenantId, contract.ProviderTenantId, contract.Title));
        Assert.Equal([Verksamhetsform.Aldreomsorg, Verksamhetsform.Hsl], contract.Verksamhetsformer);
        Assert.Superset(
            new HashSet<string> { "demo.aldrenamnden.omsorg-ab", "demo.funktionsstodsnamnden.omsorg-ab" },
            performed.Contracts.Select(c => c.ContractId).ToHashSet());
        Assert.Empty(boughtByProvider.Contracts);
        Assert.Equal(["demo.socialnamnden.stodboende-ab"], byRegion.Contracts.Select(c => c.ContractId));
    }

    [Fact]
    public async Task The_region_admin_links_and_ends_a_contract_and_history_stays()
    {
        var region = await platform.AsAsync(Demo.RegionAdmin);
        var link = new LinkContractRequest
        {
            ContractId = Ids.New("avtal"),
            PurchaserTenantId = "socialnamnden",
            ProviderTenantId = "omsorg-ab",
            Title = "Boendestöd enligt SoL",
            Verksamhetsformer = { Verksamhetsform.Sol },
        };
        var head = await platform.Service.OutboxHeadAsync();

        var linked = (await region.Contracts.LinkContractAsync(link)).Contract;
        var relinked = (await region.Contracts.LinkContractAsync(link)).Contract;
        var ended = (await region.Contracts.EndContractAsync(new EndContractRequest { PurchaserTenantId = "socialnamnden", ContractId = link.ContractId })).Contract;
        await region.Contracts.EndContractAsync(new EndContractRequest { PurchaserTenantId = "socialnamnden", ContractId = link.ContractId });
        var running = await region.Contracts.ListContractsAsync(new ListContractsRequest { TenantId = "socialnamnden" });
        var all = await region.Contracts.ListContractsAsync(new ListContractsRequest { TenantId = "socialnamnden", IncludeEnded = true });
        var events = await platform.Service.OutboxAfterAsync(head);

        Assert.Equal(linked, relinked);
        Assert.True(ended.Ended);
        Assert.DoesNotContain(running.Contracts, c => c.ContractId == link.ContractId);
        Assert.Contains(all.Contracts, c => c.ContractId == link.ContractId && c.Ended);
        Assert.Equal(["ledningssystem.events.v1.ContractLinked", "ledningssystem.events.v1.ContractEnded"], events.Select(e => e.Topic));
        Assert.All(events, e => Assert.Equal(("socialnamnden", "socialnamnden"), (e.TenantId, e.AggregateId)));
        var linkedEvent = JsonParser.Default.Parse<ContractLinked>(events[0].Payload);
        Assert.Equal((link.ContractId, "omsorg-ab", "Boendestöd enligt SoL"), (linkedEvent.ContractId, linkedEvent.ProviderTenantId, linkedEvent.Title));
    }

    [Fact]
    public async Task A_providers_admin_cannot_link_contracts_for_a_nämnd()
    {
        var providerAdmin = await platform.AsAsync(Demo.OmsorgAdmin);

        await Expect.FailsAsync(StatusCode.PermissionDenied, providerAdmin.Contracts.LinkContractAsync(new LinkContractRequest
        {
            ContractId = Ids.New("avtal"), PurchaserTenantId = "aldrenamnden", ProviderTenantId = "omsorg-ab", Title = "Eget avtal",
        }));
        await Expect.FailsAsync(StatusCode.PermissionDenied, providerAdmin.Contracts.EndContractAsync(
            new EndContractRequest { PurchaserTenantId = "aldrenamnden", ContractId = "demo.aldrenamnden.omsorg-ab" }));
    }

    [Fact]
    public async Task Only_a_nämnd_buys_and_only_from_a_private_provider()
    {
        var region = await platform.AsAsync(Demo.RegionAdmin);

        var providerBuys = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, region.Contracts.LinkContractAsync(new LinkContractRequest
        {
            ContractId = Ids.New("avtal"), PurchaserTenantId = "omsorg-ab", ProviderTenantId = "stodboende-ab", Title = "Underleverantör",
        }));
        var nämndPerforms = await Expect.ReasonOfAsync(StatusCode.FailedPrecondition, region.Contracts.LinkContractAsync(new LinkContractRequest
        {
            ContractId = Ids.New("avtal"), PurchaserTenantId = "aldrenamnden", ProviderTenantId = "socialnamnden", Title = "Samverkan",
        }));
        var sameParty = await Expect.FailsAsync(StatusCode.InvalidArgument, region.Contracts.LinkContractAsync(new LinkContractRequest
        {
            ContractId = Ids.New("avtal"), PurchaserTenantId = "aldrenamnden", ProviderTenantId = "aldrenamnden", Title = "Sig själv",
        }));

        Assert.Equal(("PURCHASER_NOT_COMMITTEE", "PROVIDER_NOT_PRIVATE"), (providerBuys, nämndPerforms));
        Assert.Equal(["provider_tenant_id"], Expect.FieldViolations(sameParty));
    }
}
