using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Organizations.Domain;

/// <summary>
/// A nämnd (beställare, the owning tenant) buys care from a private provider (utförare). Both parties see it; it runs
/// until ended, and stays as history afterwards.
/// </summary>
public sealed class Contract : ITenantOwned
{
    private readonly List<Verksamhetsform> verksamhetsformer = [];

    private Contract()
    {
    }

    /// <summary>The purchasing nämnd.</summary>
    public string TenantId { get; private set; } = "";

    string ITenantOwned.TenantId { get => TenantId; set => TenantId = value; }

    public string Id { get; private set; } = "";

    public string ProviderTenantId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public IReadOnlyList<Verksamhetsform> Verksamhetsformer => verksamhetsformer;

    public DateTimeOffset ValidFrom { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsEnded => EndedAt is not null;

    public static Contract Link(
        string id, Tenant purchaser, Tenant provider, string title, IEnumerable<Verksamhetsform> verksamhetsformer, DateTimeOffset validFrom, DateTimeOffset now)
    {
        if (purchaser.Kind != TenantKind.Committee)
        {
            throw new OrganizationRuleException("PURCHASER_NOT_COMMITTEE", $"{purchaser.Name} är ingen nämnd och kan inte vara beställare.");
        }
        if (provider.Kind != TenantKind.PrivateProvider)
        {
            throw new OrganizationRuleException("PROVIDER_NOT_PRIVATE", $"{provider.Name} är ingen privat utförare.");
        }
        provider.EnsureActive();
        var contract = new Contract
        {
            TenantId = purchaser.TenantId,
            Id = id,
            ProviderTenantId = provider.TenantId,
            Title = title,
            ValidFrom = validFrom,
            LinkedAt = now,
        };
        contract.verksamhetsformer.AddRange(verksamhetsformer.Distinct().Order());
        return contract;
    }

    /// <summary>Whether a repeated link asks for this same contract.</summary>
    public bool IsLinkedAs(string providerTenantId) => ProviderTenantId == providerTenantId;

    /// <summary>Ends the contract now; false if it already had ended.</summary>
    public bool End(DateTimeOffset now)
    {
        if (IsEnded)
        {
            return false;
        }
        EndedAt = now;
        return true;
    }
}
