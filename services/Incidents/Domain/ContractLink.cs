using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Incidents.Domain;

/// <summary>
/// A nämnd (the owning tenant) buys care from a private provider: kept from the Organizations service's ContractLinked
/// and ContractEnded events, so that the provider's lex Sarah reports and IVO notifications reach the nämnd.
/// </summary>
public sealed class ContractLink : ITenantOwned
{
    private ContractLink()
    {
    }

    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string ContractId { get; private set; } = "";

    public string ProviderTenantId { get; private set; } = "";

    public DateTimeOffset? EndedAt { get; private set; }

    public static ContractLink Create(string tenantId, string contractId, string providerTenantId) =>
        new() { TenantId = tenantId, ContractId = contractId, ProviderTenantId = providerTenantId };

    /// <summary>The contract is in force (again), with the provider it now names.</summary>
    public void Renew(string providerTenantId)
    {
        ProviderTenantId = providerTenantId;
        EndedAt = null;
    }

    public void End(DateTimeOffset endedAt) => EndedAt = endedAt;
}
