using System.Security.Cryptography;
using Ledningssystem.ServiceDefaults.Data;

namespace Ledningssystem.Reporting.Domain.RegionalComparison;

/// <summary>What kind of huvudman a tenant is; only nämnder and private providers are compared.</summary>
public enum ProviderKind
{
    Region = 1,
    Committee = 2,
    PrivateProvider = 3,
}

/// <summary>
/// A tenant of the region as the comparison shows it: by <see cref="Pseudonym"/>, by name only when it agreed to be
/// named. The pseudonym is drawn once, when the read model first hears of the tenant, and never changes, so a reader
/// can follow a provider over periods without knowing who it is. The row belongs to the tenant itself.
/// </summary>
public sealed class ComparedProvider : ITenantOwned
{
    // No 0/O or 1/I, so that a pseudonym read aloud or copied by hand stays the same.
    private const string PseudonymAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int PseudonymLength = 4;

    private ComparedProvider()
    {
    }

    public ComparedProvider(ProviderKind kind, string name, string pseudonym)
    {
        Kind = kind;
        Name = name;
        Pseudonym = pseudonym;
    }

    public string TenantId { get; set; } = "";

    public ProviderKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>E.g. "Utförare K7M2"; unique in the region.</summary>
    public string Pseudonym { get; private set; } = "";

    /// <summary>The provider's admin agreed that others see its name in the comparison.</summary>
    public bool Named { get; private set; }

    public bool IsCompared => Kind is ProviderKind.Committee or ProviderKind.PrivateProvider;

    /// <summary>A fresh random pseudonym; the caller makes sure no other provider holds it.</summary>
    public static string NewPseudonym() =>
        "Utförare " + string.Concat(Enumerable.Range(0, PseudonymLength).Select(_ => PseudonymAlphabet[RandomNumberGenerator.GetInt32(PseudonymAlphabet.Length)]));

    /// <summary>What a repeated or later TenantRegistered says; the pseudonym and the consent stay.</summary>
    public void Describe(ProviderKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public void SetNamed(bool named) => Named = named;
}
