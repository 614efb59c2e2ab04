using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Incidents.Domain;

/// <summary>
/// A nämnd (the owning tenant) buys care from a private provider: kept from the Organizations service's ContractLinked
/// and ContractEnded events, so that the provider's lex Sarah reports and IVO notifications reach the nämnd.
/// </summary>
public sealed class ContractLink : ITenantOwned
{
    public string TenantId { get; set; } = "";

    public string ContractId { get; set; } = "";

    public string ProviderTenantId { get; set; } = "";

    public DateTimeOffset? EndedAt { get; set; }
}
